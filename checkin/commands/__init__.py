"""Subcommands of the command line, one module each (see checkin.cli.COMMAND_MODULES)."""
