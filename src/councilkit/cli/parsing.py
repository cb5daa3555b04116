"""Options anywhere on the command line.

argparse's own parsing takes the positional arguments of a command in one piece, so
``new project --no-input council=x`` or ``build -o out content --lang fr`` would be
refused. A command's parser is an :class:`IntermixedParser`: it reads options wherever they
stand among the positionals. A parser that holds subcommands (``i18n``) parses as usual,
and the subcommand's own parser intermixes its arguments.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence


class IntermixedParser(argparse.ArgumentParser):
    """A parser that takes options anywhere among the positional arguments."""

    _intermixing = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._intermixing or self._has_subcommands():
            return super().parse_known_args(args, namespace)
        self._intermixing = True  # parse_known_intermixed_args calls back here
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False

    def _has_subcommands(self) -> bool:
        return any(isinstance(a, argparse._SubParsersAction) for a in self._actions)
