"""Analyse a batch case by case to the readable account or ``analyze --json``, in parallel where possible.

A batch is streamed: its cases are read, analysed and written a group (``GROUP``
cases) at a time, so memory holds a few groups whatever the batch's size (100,000
cases give some 1.5 GB of output; every citation carries its verbatim text). The
groups are dealt to forked worker processes in turn (worker k of n takes every
n-th group); each worker writes its groups to the output itself when the worker
before it hands it the turn, so the output is never copied through this process
(where the output is not a file descriptor, each group is sent here instead).
Below ``PARALLEL_FROM`` cases, or where ``fork`` is not available, the batch is
analysed in this process.

A batch of up to ``KEEP_UP_TO`` cases is read once (``CaseSource.batch_texts``) and
given to ``write_texts``: each worker validates and builds the cases of its groups,
says whether all were valid, and only then are they analysed; nothing is written
until every worker has checked its share, so a bad case anywhere is reported (the
first in the file's order) before anything is written. A larger batch is checked
first by ``check_file`` (this process splits the file into the cases' texts,
worker processes validate them, nothing is kept), then goes to ``write_file``,
whose workers each read the file again themselves (``CaseSource.shared_texts``).
Cases already in memory (``write_json``) go to a pool of workers that return each
group's output to be written here.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import datetime as dt
import gc
import importlib
import itertools
import multiprocessing
import os
import signal
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from typing import BinaryIO, TypeVar

from cases.analysis import analyzer
from cases.model import case_files
from cases.model.domain import Case
from cases.rules.assumptions import Settings

PARALLEL_FROM = 2000
"""Below this many cases, starting workers costs more than it saves."""

KEEP_UP_TO = 20_000
"""Batches up to this many cases are kept from the first pass (some 15 MB), not read again."""

GROUP = 200
"""Cases analysed and written together (a worker's task): about 3 MB of output."""

_T = TypeVar("_T")
_R = TypeVar("_R")

_held: Sequence[Case] = ()
"""Cases already in memory, handed to the forked workers without pickling."""

_SEPARATOR = {True: b",\n", False: b"\n"}
"""Between two cases' output: JSON list items, or a blank line between accounts."""


@dataclass(frozen=True)
class _Job:
    """A group of consecutive cases of one batch and how to write them.

    Attributes:
        file: the case file's path, for messages.
        first: the batch position of the first case (None: the file's one case).
        items: the cases, their JSON text from the file, or (in a worker) which of
            the cases held in memory.
    """

    file: str
    first: int | None
    items: tuple[Case | str, ...] | range
    settings: Settings
    today: dt.date
    lang: str
    as_json: bool


def _cases(job: _Job) -> Iterator[Case]:
    if isinstance(job.items, range):
        yield from (_held[i] for i in job.items)
        return
    for offset, item in enumerate(job.items):
        if isinstance(item, Case):
            yield item
        else:
            position = None if job.first is None else job.first + offset
            yield case_files.parse_case(item, job.file, position)


def _work(job: _Job) -> bytes:
    """Analyse a group of cases to its output (the cases separated, no separator at the ends)."""
    if job.as_json:
        # The cases' JSON in pieces, joined once (the law texts are copied once).
        pieces: list[bytes] = []
        for case in _cases(job):
            if pieces:
                pieces.append(_SEPARATOR[True])
            analyzer.analyze(case, job.settings, job.today).add_json_parts(pieces, job.lang)
        return b"".join(pieces)
    from cases.present import plain_text  # loaded by _text_layout before the workers fork

    parts = []
    for case in _cases(job):
        result = analyzer.analyze(case, job.settings, job.today)
        parts.append(plain_text.render(case, result, job.lang))
    return _SEPARATOR[False].decode().join(parts).encode("utf-8")


def _text_layout(as_json: bool) -> None:
    """Load the readable account's layout for text output, once, before any worker forks.

    JSON output never needs it (nor ``analyze --json``'s start-up the time to load it).
    """
    if not as_json:
        importlib.import_module("cases.present.plain_text")


def _workers() -> int:
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def _validate(group: tuple[str, int, Sequence[str]]) -> case_files.CaseFileError | None:
    """A worker: the first invalid case of a group (file, first position, texts), or None."""
    file, first, texts = group
    try:
        for offset, text in enumerate(texts):
            case_files.parse_case(text, file, first + offset)
    except case_files.CaseFileError as error:
        return error
    return None


def check_file(source: case_files.CaseSource, keep: int = 0) -> case_files.Summary:
    """``source.check(keep)``, a large batch's cases validated by worker processes.

    This process only splits the file into the cases' texts; groups of them are
    validated in parallel, a few groups in flight at a time, so memory stays
    bounded whatever the batch's size. The problem reported is the one
    ``source.check`` would report: the first in the file's order, whether it is an
    invalid case (found by a worker) or a problem of the file itself (bad JSON,
    not UTF-8, changed while read: found here, after the cases before it).
    Below ``PARALLEL_FROM`` cases, or without ``fork``, the check runs here.

    Raises:
        case_files.CaseFileError: at the first problem, or when the file holds no case.
    """
    if _workers() == 1:
        return source.check(keep)
    texts = source.texts()
    try:
        head = list(islice(texts, PARALLEL_FROM))
    except case_files.CaseFileError:
        head = []  # a small or broken file: checked here, the first problem found in order
    if len(head) < PARALLEL_FROM or head[0][0] is None:
        return source.check(keep)
    count = 0

    def groups() -> Iterator[tuple[str, int, list[str]]]:
        nonlocal count
        items = itertools.chain(head, texts)
        while group := list(islice(items, GROUP)):
            yield source.file, count, [text for _, text in group]
            count += len(group)

    # In order: an invalid case before the file's own problem (raised after the groups
    # before it) comes first; leaving stops the reading and cancels the groups after.
    with contextlib.closing(_run_parallel(_validate, groups())) as errors:
        for error in errors:
            if error is not None:
                raise error
    return case_files.Summary(count, is_batch=True, cases=None)


def write_file(
    out: BinaryIO,
    source: case_files.CaseSource,
    summary: case_files.Summary,
    settings: Settings,
    today: dt.date,
    lang: str = "zh",
    as_json: bool = False,
) -> None:
    """Analyse every case of a checked batch file and write the accounts or the JSON list.

    A large batch's workers each read the file themselves (``_read_then_work``).

    Args:
        out: a binary stream (standard output).
        source: the open file.
        summary: what ``source.check()`` returned.
        settings: the app's adjustable assumptions.
        today: the date of the analysis.
        lang: the language of the output.
        as_json: a JSON list of the analyses instead of the readable accounts.

    Raises:
        case_files.CaseFileError: the file changed after it was checked (the cases
            before the change have been written).
    """
    if summary.cases is not None:
        _write_cases(out, summary.cases, settings, today, lang, as_json)
        return
    if summary.count >= PARALLEL_FROM and _workers() > 1:
        job = _Job(source.file, None, (), settings, today, lang, as_json)
        _write_in_workers(out, summary.count, job, _read_then_work, (source, summary.count))
        return
    _write(out, _jobs(source.file, source.cases(), settings, today, lang, as_json), False, as_json)


def write_texts(
    out: BinaryIO,
    file: str,
    texts: Sequence[str],
    settings: Settings,
    today: dt.date,
    lang: str = "zh",
    as_json: bool = False,
) -> None:
    """Validate a batch's cases (their JSON texts), then analyse and write them, in parallel.

    Every element is validated before anything is written; in parallel, each
    worker validates (and builds) the cases of its groups first and keeps them,
    then analyses them, so the check is shared between the workers instead of
    running alone before them.

    Args:
        out: a binary stream (standard output).
        file: the case file's path, for messages.
        texts: what ``CaseSource.batch_texts`` returned.
        settings: the app's adjustable assumptions.
        today: the date of the analysis.
        lang: the language of the output.
        as_json: a JSON list of the analyses instead of the readable accounts.

    Raises:
        case_files.CaseFileError: the first invalid case in the batch's order;
            nothing has been written.
    """
    if len(texts) < PARALLEL_FROM or _workers() == 1:
        cases = [case_files.parse_case(t, file, i) for i, t in enumerate(texts)]
        _write_cases(out, cases, settings, today, lang, as_json)
        return
    job = _Job(file, None, (), settings, today, lang, as_json)
    _write_in_workers(out, len(texts), job, _validate_then_work, (file, texts))


def write_json(
    out: BinaryIO, cases: Sequence[Case], settings: Settings, today: dt.date, lang: str = "zh"
) -> None:
    """Write the JSON list of every case's analysis, in order, to a binary stream."""
    _write_cases(out, cases, settings, today, lang, True)


def _write_cases(
    out: BinaryIO,
    cases: Sequence[Case],
    settings: Settings,
    today: dt.date,
    lang: str,
    as_json: bool,
) -> None:
    """Analyse and write cases already in memory (forked workers share them)."""
    global _held
    if len(cases) < PARALLEL_FROM or _workers() == 1:
        jobs = _jobs("", enumerate(cases), settings, today, lang, as_json)
        _write(out, jobs, False, as_json)
        return
    _held = cases
    try:
        jobs = (
            _Job(
                "",
                start,
                range(start, min(start + GROUP, len(cases))),
                settings,
                today,
                lang,
                as_json,
            )
            for start in range(0, len(cases), GROUP)
        )
        _write(out, jobs, True, as_json)
    finally:
        _held = ()


def _write(out: BinaryIO, jobs: Iterator[_Job], parallel: bool, as_json: bool) -> None:
    _text_layout(as_json)
    if as_json:
        out.write(b"[")
    first = True
    for output in _run_parallel(_work, jobs) if parallel else map(_work, jobs):
        if not first:
            out.write(_SEPARATOR[as_json])
        first = False
        out.write(output)
    if as_json:
        out.write(b"]\n")
    out.flush()


def _jobs(
    file: str,
    items: Iterable[tuple[int | None, Case | str]],
    settings: Settings,
    today: dt.date,
    lang: str,
    as_json: bool,
) -> Iterator[_Job]:
    iterator = iter(items)
    while group := list(islice(iterator, GROUP)):
        first = group[0][0]
        yield _Job(file, first, tuple(i for _, i in group), settings, today, lang, as_json)


def _run_parallel(task: Callable[[_T], _R], jobs: Iterable[_T]) -> Generator[_R, None, None]:
    """Each job's result, in order, from worker processes; a few jobs in flight at a time.

    A problem met while reading further jobs (a ``CaseFileError`` from ``jobs``:
    the file is bad or changed) is raised after the results of the jobs before it.
    Closing the iterator early cancels the jobs not yet started.
    """
    workers = _workers()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        pending: collections.deque[Future[_R]] = collections.deque()
        try:
            try:
                for job in jobs:
                    pending.append(pool.submit(task, job))
                    if len(pending) > 2 * workers:
                        yield pending.popleft().result()
            except case_files.CaseFileError:
                while pending:
                    yield pending.popleft().result()
                raise
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


@dataclass(frozen=True)
class _Turns:
    """Where a worker writes its groups itself, in turn with the others.

    Attributes:
        out: the output's file descriptor (standard output), shared by the workers.
        wait: the pipe end the worker reads its turn from.
        then: the pipe end that hands the turn to the worker with the next group.
    """

    out: int
    wait: int
    then: int


_DONE = "done"
"""A worker's last message when it wrote its groups itself."""


class _WorkerFailure(str):
    """A worker's unexpected failure, as text (its traceback stays in the worker)."""


class _OutputClosed(str):
    """A worker found the output closed (e.g. ``| head``): the command stops quietly."""


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _validate_then_work(
    conn: Connection,
    file: str,
    texts: Sequence[str],
    groups: range,
    job: _Job,
    turns: _Turns | None,
) -> None:
    """A worker: validate the cases of its groups, say so, then analyse them.

    The status comes first: ``None`` when every case is valid, else the first
    ``CaseFileError``. Then each group's output is sent to the command, or, with
    ``turns``, written to the output by the worker itself when its turn comes
    (``_DONE`` follows the last). A worker that fails sends the failure's text.
    Ctrl-C is the command's to handle: it ends the workers.
    """
    with _reporting(conn):
        held: list[list[Case]] = []
        try:
            for group in groups:
                start = group * GROUP
                held.append(
                    [
                        case_files.parse_case(texts[i], file, i)
                        for i in range(start, min(start + GROUP, len(texts)))
                    ]
                )
        except case_files.CaseFileError as error:
            conn.send(error)
            return
        # The cases held live until their group is analysed: keep the cyclic
        # collector from scanning them again at each of its full collections.
        gc.freeze()
        conn.send(None)
        for i, group in enumerate(groups):
            cases, held[i] = held[i], []
            output = _work(dataclasses.replace(job, items=tuple(cases)))
            if not _put(conn, turns, group, output, job.as_json):
                return  # the command has stopped
        if turns is not None:
            conn.send(_DONE)


@contextlib.contextmanager
def _reporting(conn: Connection) -> Iterator[None]:
    """A worker's run: its last message when it ends early, and the pipe closed after it.

    Its output found closed (``| head``) and any failure are told to the command
    (which exits quietly, or with 1). Ctrl-C is the command's to handle: it ends
    the workers.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    except BrokenPipeError:
        _tell(conn, _OutputClosed())
    except BaseException as error:  # reported by the command, which exits 1
        _tell(conn, _WorkerFailure(f"{type(error).__name__}: {error}"))
    finally:
        conn.close()


def _put(conn: Connection, turns: _Turns | None, group: int, output: bytes, as_json: bool) -> bool:
    """Hand a group's output on: to the command, or (``turns``) to the output in turn.

    Returns:
        False when the command has stopped (the turn never came).
    """
    if turns is None:
        conn.send_bytes(output)
        return True
    if not os.read(turns.wait, 1):
        return False
    if group:
        _write_all(turns.out, _SEPARATOR[as_json])
    _write_all(turns.out, output)
    os.write(turns.then, b"t")
    return True


def _read_then_work(
    conn: Connection,
    source: case_files.CaseSource,
    count: int,
    groups: range,
    job: _Job,
    turns: _Turns | None,
) -> None:
    """A worker of a batch too large to keep: read the file itself, analyse its groups' cases.

    The cases were checked by the first pass (``check_file``), so the status
    (``None``) comes at once. The worker reads the whole file (``shared_texts``,
    beside the other workers), keeps the texts of one of its groups at a time and
    outputs each group as ``_validate_then_work`` does. A problem met on the way
    (the file changed since it was checked) is sent in place of the group it
    stopped: when that group's turn comes, so every group before it has been
    written and none after it.
    """
    with _reporting(conn):
        conn.send(None)
        mine = list(groups)
        at = 0  # mine[at]: the group being read
        texts: list[str] = []
        try:
            for index, text in source.shared_texts() if mine else ():
                if index is None or index // GROUP != mine[at]:
                    continue  # another worker's case
                texts.append(text)
                if len(texts) < GROUP and index < count - 1:
                    continue
                group = mine[at]
                output = _work(dataclasses.replace(job, first=group * GROUP, items=tuple(texts)))
                if not _put(conn, turns, group, output, job.as_json):
                    return  # the command has stopped
                texts = []
                at += 1
                if at == len(mine):
                    break
            if at < len(mine):  # fewer cases than the first pass counted
                raise case_files.file_changed(source.file)
        except case_files.CaseFileError as error:
            if turns is not None and not os.read(turns.wait, 1):
                return
            conn.send(error)
            return
        if turns is not None:
            conn.send(_DONE)


def _tell(conn: Connection, message: str) -> None:
    """Send a worker's last message, unless the command has already stopped listening."""
    with contextlib.suppress(OSError):
        conn.send(message)


def _file_descriptor(out: BinaryIO) -> int | None:
    """The output's file descriptor, or None (an in-memory stream)."""
    try:
        return out.fileno()
    except (AttributeError, OSError, ValueError):
        return None


def _write_in_workers(
    out: BinaryIO,
    cases: int,
    job: _Job,
    work: Callable[..., None],
    given: tuple[object, ...],
) -> None:
    """Analyse a batch with forked workers, each given every ``workers``-th group.

    ``work`` is the worker: ``_validate_then_work`` (a kept batch: a worker keeps
    the cases it validated for its analysis) or ``_read_then_work`` (a batch read
    again: each worker reads the file itself); ``given`` is what it is given
    first. Either way a worker must analyse the groups it was dealt, in turn, not
    taken from a queue. Where the output is a file descriptor (standard output),
    each worker writes its groups to it itself when the worker before it hands it
    the turn, so the output is not copied through this process; else each group's
    output waits in its worker's pipe until this process reads and writes it.
    Either way memory holds about one group's output per worker.

    Raises:
        case_files.CaseFileError: an invalid case (the first in the file's order;
            nothing written), or the file changed while read again (the groups
            before the one it stopped have been written).
    """
    _text_layout(job.as_json)
    as_json = job.as_json
    count = _workers()
    groups = -(-cases // GROUP)
    fd = _file_descriptor(out)
    rings = [os.pipe() for _ in range(count)] if fd is not None else []
    context = multiprocessing.get_context("fork")
    out.flush()
    workers: list[tuple[multiprocessing.process.BaseProcess, Connection]] = []
    try:
        for k in range(count):
            turns = None if fd is None else _Turns(fd, rings[k][0], rings[(k + 1) % count][1])
            receiving, sending = context.Pipe(duplex=False)
            process: multiprocessing.process.BaseProcess = context.Process(
                target=work,
                args=(sending, *given, range(k, groups, count), job, turns),
                daemon=True,
            )
            process.start()
            sending.close()
            workers.append((process, receiving))
        statuses = [_receive(conn) for _, conn in workers]
        errors = [s for s in statuses if isinstance(s, case_files.CaseFileError)]
        if errors:
            raise min(errors, key=lambda e: e.position or 0)
        if as_json:
            out.write(b"[")
        out.flush()
        if rings:
            os.write(rings[0][1], b"t")
            waiting = [conn for _, conn in workers]
            while waiting:
                ready = wait(waiting)
                for conn in [c for c in waiting if c in ready]:
                    if isinstance(stopped := _receive(conn), case_files.CaseFileError):
                        raise stopped
                    waiting.remove(conn)
        else:
            for group in range(groups):
                if group:
                    out.write(_SEPARATOR[as_json])
                data = _receive(workers[group % count][1], output=True)
                if isinstance(data, case_files.CaseFileError):
                    raise data
                assert isinstance(data, bytes)
                out.write(data)
        if as_json:
            out.write(b"]\n")
        out.flush()
    finally:
        for process, conn in workers:
            conn.close()
            if process.is_alive():
                process.terminate()
            process.join()
        for ends in rings:
            for end in ends:
                os.close(end)


def _receive(conn: Connection, output: bool = False) -> object:
    """A worker's next message: its status, or (``output``) a group's output bytes.

    Raises:
        BrokenPipeError: a worker found the output closed.
        RuntimeError: a worker failed or ended without its results.
    """
    try:
        message = conn.recv_bytes() if output else conn.recv()
    except EOFError:
        raise RuntimeError("a worker process ended without its results") from None
    if output and message.startswith(b"\x80"):  # a pickle (a failure): no UTF-8 text starts so
        message = ForkingPickler.loads(message)
    if isinstance(message, _OutputClosed):
        raise BrokenPipeError
    if isinstance(message, _WorkerFailure):
        raise RuntimeError(f"a worker process failed: {message}")
    return message
