"""Writing a reproducible zip: sorted members, fixed times and permissions."""

from __future__ import annotations

import datetime
import zipfile
from typing import BinaryIO

from councilkit.package import ZIP_EPOCH


def write_zip(stream: BinaryIO, members: dict[str, bytes], timestamp: datetime.datetime) -> None:
    """Write ``members`` (name -> bytes) as a zip to ``stream``, in name order, each
    stamped with ``timestamp`` (UTC; not before 1980) and mode 0644, whatever the time
    zone or the order the files were found in."""
    stamp = max(timestamp.astimezone(datetime.UTC), ZIP_EPOCH).timetuple()[:6]
    with zipfile.ZipFile(stream, "w") as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, members[name], compresslevel=6)
