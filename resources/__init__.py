"""Package data: translations, icons, fonts, texts (read with importlib.resources)."""
