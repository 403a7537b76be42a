"""Read a JSON document value by value: a top-level list in bounded memory, repeated keys refused.

A batch of 100,000 cases is some 75 MB of JSON; parsed whole it becomes several
hundred MB of Python objects before the first case is analysed. ``elements`` reads
the text in chunks and hands out the elements of a top-level list one at a time,
each parsed by the standard library's C decoder (``raw_decode`` from the element's
first character), so memory holds one chunk and one element whatever the file's
size. Line and column numbers in errors count from the start of the document.

JSON allows an object to repeat a key and Python keeps the last value silently; a
case file with ``"role": "creator", "role": "member"`` would be analysed as a
member. Every object read here refuses a repeated key (``DuplicateKeyError``
names it and where it is).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

PathPart = str | int


class JsonSyntaxError(Exception):
    """The text is not valid JSON.

    Attributes:
        line: 1-based line of the problem in the whole document.
        column: 1-based column (in characters).
        message: the decoder's description (e.g. ``Expecting ',' delimiter``).
        index: the list element being read, or None (top level, or not a list).
    """

    def __init__(self, line: int, column: int, message: str, index: int | None) -> None:
        """Record where the problem is."""
        super().__init__(line, column, message, index)
        self.line = line
        self.column = column
        self.message = message
        self.index = index


class DuplicateKeyError(Exception):
    """An object repeats a key.

    Attributes:
        index: the list element holding it, or None when the document is not a list.
        path: where the repeated key is inside that value, ending with the key itself.
    """

    def __init__(self, index: int | None, path: tuple[PathPart, ...]) -> None:
        """Record where the repeated key is."""
        super().__init__(index, path)
        self.index = index
        self.path = path


class UnreadableValueError(Exception):
    """Valid JSON that Python cannot read: a number of too many digits, or too deep nesting.

    Attributes:
        index: the list element, or None.
        too_deep: True for nesting, False for a too-long number.
    """

    def __init__(self, index: int | None, too_deep: bool) -> None:
        """Record which value it is and why it cannot be read."""
        super().__init__(index, too_deep)
        self.index = index
        self.too_deep = too_deep


class _RepeatedKeyError(Exception):
    """Raised by the decoder's hook; turned into DuplicateKeyError with the key's path."""


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _RepeatedKeyError
    return result


class _Marked(dict[str, Any]):
    """An object that repeated a key (``repeated``): built only to find where it is."""

    repeated: str


def _marking(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    marked = _Marked(pairs)
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            marked.repeated = key
            break
        seen.add(key)
    return marked


_DECODER = json.JSONDecoder(object_pairs_hook=_unique)
_PLAIN_DECODER = json.JSONDecoder()
"""Keys not checked: for splitting a list whose elements are each parsed again later."""
_MARKING_DECODER = json.JSONDecoder(object_pairs_hook=_marking)
_SPACE = re.compile(r"[ \t\n\r]*")
_NUMBER_CHARACTERS = frozenset("0123456789+-.eE")


def _repeated_path(value: Any) -> tuple[PathPart, ...] | None:
    """The path to the first repeated key in document order, or None."""
    if isinstance(value, _Marked):
        return (value.repeated,)
    children: Iterable[tuple[PathPart, Any]]
    if isinstance(value, dict):
        children = value.items()
    elif isinstance(value, list):
        children = enumerate(value)
    else:
        return None
    for key, child in children:
        inner = _repeated_path(child)
        if inner is not None:
            return (key, *inner)
    return None


def loads(text: str, index: int | None = None) -> Any:
    """Parse one JSON text, refusing repeated keys.

    Raises:
        JsonSyntaxError, DuplicateKeyError, UnreadableValueError.
    """
    return next(iter(_Reader([text], single=True, first_index=index))).value


@dataclass(frozen=True)
class Element:
    """One value read from a document.

    Attributes:
        index: its position in the top-level list, or None when the document is not a list.
        value: the parsed value.
        text: its JSON text, exactly as in the document.
    """

    index: int | None
    value: Any
    text: str


def elements(chunks: Iterable[str]) -> Iterator[Element]:
    """The elements of a top-level list in order, or the one value of any other document.

    Args:
        chunks: the document's text in pieces of any size (e.g. 1 MB read at a time).

    Raises:
        JsonSyntaxError, DuplicateKeyError, UnreadableValueError: when reached;
            the elements before the problem have been handed out.
    """
    return iter(_Reader(chunks))


def element_texts(chunks: Iterable[str]) -> Iterator[tuple[int | None, str]]:
    """``elements`` as (index, text) only, faster: repeated keys are not looked for.

    For splitting a document whose elements are parsed again, each with ``loads``
    (which refuses a repeated key): the text of an element that repeats a key is
    handed out like any other. Syntax errors are raised as by ``elements``.
    """
    return _Reader(chunks, keys_checked=False).texts()


class _Reader:
    """A window on the document: ``text[pos:]`` is not read yet."""

    def __init__(
        self,
        chunks: Iterable[str],
        single: bool = False,
        first_index: int | None = None,
        keys_checked: bool = True,
    ) -> None:
        self._chunks = iter(chunks)
        self._raw_decode = (_DECODER if keys_checked else _PLAIN_DECODER).raw_decode
        self._single = single
        self._first_index = first_index
        self.text = ""
        self.pos = 0
        self.eof = False
        self._line = 1  # the line of text[0]
        self._column0 = 0  # characters on that line before text[0]

    def _grow(self) -> bool:
        """Drop what was read, then at least double what is buffered; False at the end."""
        if self.eof:
            return False
        text, pos = self.text, self.pos
        newlines = text.count("\n", 0, pos)
        if newlines:
            self._line += newlines
            self._column0 = pos - text.rfind("\n", 0, pos) - 1
        else:
            self._column0 += pos
        pieces = [text[pos:]]
        wanted = max(len(pieces[0]), 1)
        got = 0
        while got < wanted:
            chunk = next(self._chunks, None)
            if chunk is None:
                self.eof = True
                break
            pieces.append(chunk)
            got += len(chunk)
        self.text = "".join(pieces)
        self.pos = 0
        return got > 0

    def _read_on(self) -> bool:
        """Read more before parsing the value at ``pos`` again; False at the document's end.

        True also when the end was only found now: the buffer moved, so positions
        from the last attempt no longer hold and the value must be parsed again.
        """
        if self.eof:
            return False
        self._grow()
        return True

    def _where(self, pos: int) -> tuple[int, int]:
        text = self.text
        newlines = text.count("\n", 0, pos)
        if newlines:
            return self._line + newlines, pos - text.rfind("\n", 0, pos)
        return self._line, self._column0 + pos + 1

    def _problem(self, pos: int, message: str, index: int | None) -> JsonSyntaxError:
        line, column = self._where(pos)
        return JsonSyntaxError(line, column, message, index)

    def _next_char(self) -> str:
        """Skip white space; the next character, or '' at the end of the document."""
        text, pos = self.text, self.pos
        if pos < len(text) and text[pos] not in " \t\n\r":
            return text[pos]  # most often: no white space to skip
        while True:
            match = _SPACE.match(self.text, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self._grow():
                return ""

    def _cut_short(self, error: json.JSONDecodeError) -> bool:
        r"""Whether the error may come from the buffer's end rather than from the document.

        The decoder stops where the text leaves the grammar: at the buffer's end for a
        value cut short, except inside a token it reads whole (a literal such as
        ``false``, a ``\u`` escape) and a string, reported where it starts. Any
        other error is the document's own, and is reported without reading on.
        """
        return error.msg.startswith("Unterminated string") or error.pos >= len(self.text) - 16

    def _number_may_go_on(self, value: Any, end: int) -> bool:
        """Whether a number just read may have been cut by the buffer's end (``12|3``, ``0.|5``)."""
        if type(value) not in (int, float):
            return False  # any other value ends with its own closing character
        return end == len(self.text) or self.text[end] in _NUMBER_CHARACTERS

    def _item(self, index: int | None) -> tuple[int | None, Any, str]:
        """Parse the value starting at ``pos`` (reading more until it is whole).

        Returns:
            (index, the value, its text); ``pos`` moves past it.
        """
        while True:
            try:
                value, end = self._raw_decode(self.text, self.pos)
            except json.JSONDecodeError as error:
                if self._cut_short(error) and self._read_on():
                    continue
                raise self._problem(error.pos, error.msg, index) from None
            except _RepeatedKeyError:
                raise self._repeated(index) from None
            except RecursionError:
                raise UnreadableValueError(index, too_deep=True) from None
            except ValueError:
                # A number of more than 4,300 digits; it may go on in the next chunk.
                if self._read_on():
                    continue
                raise UnreadableValueError(index, too_deep=False) from None
            if self._number_may_go_on(value, end) and self._read_on():
                continue
            start, self.pos = self.pos, end
            return index, value, self.text[start:end]

    def _repeated(self, index: int | None) -> DuplicateKeyError | JsonSyntaxError:
        while True:
            try:
                value, _ = _MARKING_DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as error:
                if self._cut_short(error) and self._read_on():
                    continue
                return self._problem(error.pos, error.msg, index)
            return DuplicateKeyError(index, _repeated_path(value) or ())

    def __iter__(self) -> Iterator[Element]:
        for index, value, text in self._items():
            yield Element(index, value, text)

    def texts(self) -> Iterator[tuple[int | None, str]]:
        """(index, text) of each element, as ``__iter__`` without the values."""
        for index, _, text in self._items():
            yield index, text

    def _items(self) -> Iterator[tuple[int | None, Any, str]]:
        """Each value in turn: (index, value, its text)."""
        first = self._next_char()
        if first != "[" or self._single:
            item = self._item(self._first_index)
            if self._next_char():
                raise self._problem(self.pos, "Extra data", self._first_index)
            yield item
            return
        self.pos += 1
        index = 0
        if self._next_char() == "]":
            self._close()
            return
        while True:
            yield self._item(index)
            after = self._next_char()
            if after == "]":
                self._close()
                return
            if after != ",":
                raise self._problem(self.pos, "Expecting ',' delimiter", index)
            self.pos += 1
            index += 1
            following = self._next_char()
            if following == "]":
                raise self._problem(
                    self.pos, "Illegal trailing comma before end of array", index - 1
                )
            if not following:
                raise self._problem(self.pos, "Expecting value", index)

    def _close(self) -> None:
        """After the list's closing bracket: nothing but white space may follow."""
        self.pos += 1
        if self._next_char():
            raise self._problem(self.pos, "Extra data", None)
