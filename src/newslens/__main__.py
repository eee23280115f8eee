"""``python -m newslens``: the same as the ``newslens`` command."""

from .cli import main

raise SystemExit(main())
