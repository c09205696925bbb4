"""``python -m panah.web.manage COMMAND``: Django's management commands for Panah.

Uses ``DJANGO_SETTINGS_MODULE`` if set, else ``panah.web.settings.dev``.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "panah.web.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
