"""The files kept beside a case store, named in one place.

SQLite keeps ``-wal``, ``-shm`` and ``-journal`` beside a database; the app adds the
window's lock (``.lock``) and the writers' lock (``.writers``). The store's locks
(``cases.store.lock``) create them; the output guard (``cases.files.output_guard``)
refuses to write onto any of them.
"""

from __future__ import annotations

LOCK_SUFFIX = ".lock"
WRITERS_SUFFIX = ".writers"
SQLITE_SUFFIXES = ("-wal", "-shm", "-journal")

SIDE_SUFFIXES = (*SQLITE_SUFFIXES, LOCK_SUFFIX, WRITERS_SUFFIX)
"""The files SQLite (and the window's and the writers' locks) keep beside a database."""
