"""Entry script for frozen builds (PyInstaller): the same as the `checkin` command."""

import sys

from checkin.__main__ import main

sys.exit(main())
