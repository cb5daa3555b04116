"""Run the command line as ``python -m councilkit``."""

from councilkit.cli import main

raise SystemExit(main())
