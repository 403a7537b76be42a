"""The bundled font file is a whole, well-formed TrueType font, and the tool that made it."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import pytest

from cases.files import resources

_TOOL = Path(__file__).resolve().parents[1] / "tools" / "ttc_face.py"
_spec = importlib.util.spec_from_file_location("ttc_face", _TOOL)
assert _spec is not None
assert _spec.loader is not None
ttc_face = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ttc_face)

MAGIC = 0xB1B0AFBA


def _sum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


def _tables(font: bytes) -> dict[bytes, tuple[int, bytes]]:
    """Tag -> (recorded checksum, data) of a .ttf."""
    (count,) = struct.unpack(">H", font[4:6])
    out = {}
    for i in range(count):
        tag, checksum, offset, length = struct.unpack(">4sIII", font[12 + 16 * i : 28 + 16 * i])
        out[tag] = (checksum, font[offset : offset + length])
    return out


def _assert_checksums(font: bytes) -> None:
    """Every table's recorded checksum, and the file's (head's adjustment counted as 0)."""
    for tag, (checksum, data) in _tables(font).items():
        if tag == b"head":
            data = data[:8] + b"\0\0\0\0" + data[12:]
        assert checksum == _sum(data), tag
    assert _sum(font) == MAGIC


def _head(adjustment: int, marker: int) -> bytes:
    return struct.pack(">IIII", 0x00010000, marker, adjustment, 0x5F0F3CF5) + b"\0" * 38


def _collection(faces: list[dict[bytes, bytes]]) -> bytes:
    """A TrueType collection whose faces have these tables (head's adjustment left set)."""
    header = struct.pack(">4sII", b"ttcf", 0x00010000, len(faces))
    at = len(header) + 4 * len(faces)
    offsets, directories = [], []
    for tables in faces:
        offsets.append(at)
        at += 12 + 16 * len(tables)
    body = b""
    data_at = at
    for tables in faces:
        directory = struct.pack(">IHHHH", 0x00010000, len(tables), 16, 0, 0)
        for tag, data in tables.items():
            directory += struct.pack(">4sIII", tag, _sum(data), data_at + len(body), len(data))
            body += data + b"\0" * (-len(data) % 4)
        directories.append(directory)
    return header + struct.pack(f">{len(faces)}I", *offsets) + b"".join(directories) + body


def test_a_face_is_written_with_its_own_tables_unchanged():
    faces = [
        {b"name": b"first face", b"head": _head(0x12345678, 1), b"glyf": b"abc"},
        {b"name": b"second face!", b"head": _head(0x9ABCDEF0, 2), b"glyf": b"defgh"},
    ]
    font = ttc_face.face(_collection(faces), 1)
    tables = _tables(font)
    assert list(tables) == [b"glyf", b"head", b"name"]  # the directory sorted by tag
    assert tables[b"name"][1] == b"second face!"
    assert tables[b"glyf"][1] == b"defgh"
    head = tables[b"head"][1]
    assert head[:8] == faces[1][b"head"][:8]
    assert head[12:] == faces[1][b"head"][12:]
    _assert_checksums(font)


def test_not_a_collection_or_no_such_face_is_refused():
    with pytest.raises(ValueError, match="not a TrueType collection"):
        ttc_face.face(b"\0\1\0\0" + b"\0" * 40, 0)
    collection = _collection([{b"head": _head(0, 1)}])
    with pytest.raises(ValueError, match="face 1 asked for; the collection has 1"):
        ttc_face.face(collection, 1)


def test_the_bundled_font_is_whole_and_is_wenquanyi_micro_hei():
    font = resources.path("fonts/wqy-microhei.ttf").read_bytes()
    assert font[:4] == b"\0\1\0\0"
    tables = _tables(font)
    assert {b"cmap", b"glyf", b"head", b"hmtx", b"loca", b"name", b"OS/2"} <= set(tables)
    _assert_checksums(font)
    name = tables[b"name"][1]
    assert "WenQuanYi Micro Hei".encode("utf-16-be") in name
    assert "WenQuanYi Micro Hei Mono".encode("utf-16-be") not in name
