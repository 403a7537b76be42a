"""The streaming JSON reader: the same values and the same error places as json.loads, chunk by chunk."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cases.model import jsonstream

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)


def _pieces(text: str, sizes: list[int]) -> list[str]:
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    out.append(text[at:])
    return out


def _read(text: str, sizes: list[int]) -> list[tuple[int | None, object, str]]:
    return [(e.index, e.value, e.text) for e in jsonstream.elements(_pieces(text, sizes))]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_values, max_size=6),
    st.sampled_from([None, 1, 2]),
    st.lists(st.integers(0, 12), max_size=30),
)
def test_a_list_is_handed_out_element_by_element_however_it_is_cut(values, indent, sizes):
    text = json.dumps(values, indent=indent, ensure_ascii=False)
    read = _read(text, sizes)
    assert [index for index, _, _ in read] == list(range(len(values)))
    assert [value for _, value, _ in read] == json.loads(text)
    assert [json.loads(piece) for _, _, piece in read] == json.loads(text)


@settings(max_examples=200, deadline=None)
@given(_values, st.sampled_from([None, 1]), st.lists(st.integers(0, 12), max_size=30))
def test_the_texts_alone_are_the_elements_texts_however_the_document_is_cut(value, indent, sizes):
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    texts = list(jsonstream.element_texts(_pieces(text, sizes)))
    assert texts == [(index, piece) for index, _, piece in _read(text, sizes)]


def test_the_texts_alone_do_not_look_for_a_repeated_key_but_stop_at_a_syntax_error():
    repeated = '[{"a": 1}, {"a": 1, "a": 2}]'
    assert list(jsonstream.element_texts([repeated])) == [(0, '{"a": 1}'), (1, '{"a": 1, "a": 2}')]
    with pytest.raises(jsonstream.JsonSyntaxError) as info:
        list(jsonstream.element_texts(['[{"a": 1},\n {"a": tru }]']))
    assert (info.value.line, info.value.column, info.value.index) == (2, 8, 1)


@settings(max_examples=100, deadline=None)
@given(_values.filter(lambda v: not isinstance(v, list)), st.lists(st.integers(0, 7), max_size=30))
def test_any_other_document_is_one_value(value, sizes):
    text = json.dumps(value, ensure_ascii=False)
    assert _read(text, sizes) == [(None, json.loads(text), text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_values, min_size=1, max_size=5),
    st.data(),
    st.lists(st.integers(0, 9), max_size=30),
)
def test_a_syntax_error_is_placed_where_json_loads_places_it(values, data, sizes):
    text = json.dumps(values, indent=1, ensure_ascii=False)
    cut = data.draw(st.integers(0, len(text) - 1))
    damage = data.draw(st.sampled_from(["", "}", ",", "x", '"', "]]"]))
    broken = text[:cut] + damage + text[cut + 1 :]
    expected = _json_loads(broken)
    if isinstance(expected, _RepeatedKeyError):
        # The damage can make two keys equal ('"0": …, "": …' less its "0"): json.loads
        # keeps the last, the reader refuses the file.
        with pytest.raises(jsonstream.DuplicateKeyError):
            _read(broken, sizes)
    elif isinstance(expected, json.JSONDecodeError):
        with pytest.raises(jsonstream.JsonSyntaxError) as info:
            _read(broken, sizes)
        assert (info.value.line, info.value.column) == (expected.lineno, expected.colno)
    else:
        values = [value for _, value, _ in _read(broken, sizes)]
        assert values == (expected if isinstance(expected, list) else [expected])


class _RepeatedKeyError(Exception):
    """An object of the text repeats a key."""


def _no_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    if len({key for key, _ in pairs}) != len(pairs):
        raise _RepeatedKeyError
    return dict(pairs)


def _json_loads(text: str) -> object:
    """json.loads's value, its syntax error, or _RepeatedKeyError when an object repeats a key."""
    try:
        return json.loads(text, object_pairs_hook=_no_repeats)
    except json.JSONDecodeError as error:
        return error
    except _RepeatedKeyError as error:
        return error


@pytest.mark.parametrize(
    ("text", "index", "path"),
    [
        ('{"a": 1, "a": 2}', None, ("a",)),
        ('[{"a": {"b": 1, "b": 2}}]', 0, ("a", "b")),
        ('[1, {"x": [{"k": 1}, {"k": 1, "k": 2}]}]', 1, ("x", 1, "k")),
    ],
)
def test_a_repeated_key_is_refused_with_its_path(text, index, path):
    for size in (1, 3, len(text)):
        with pytest.raises(jsonstream.DuplicateKeyError) as info:
            _read(text, [size] * len(text))
        assert (info.value.index, info.value.path) == (index, path)
    with pytest.raises(jsonstream.DuplicateKeyError):
        jsonstream.loads(text)


def test_a_value_larger_than_the_chunks_is_read_whole():
    notes = "长" * 300_000
    text = json.dumps([{"notes": notes}, 1], ensure_ascii=False)
    read = _read(text, [1000] * (len(text) // 1000))
    assert [value for _, value, _ in read] == [{"notes": notes}, 1]


def test_a_number_at_a_chunk_boundary_is_not_cut():
    assert [value for _, value, _ in _read("[12345, 678]", [3, 3, 3])] == [12345, 678]
    assert [value for _, value, _ in _read("12345", [2, 2])] == [12345]


def test_an_error_far_from_the_buffer_end_is_reported_without_reading_on():
    def chunks():
        yield '[{"a": 1}, {"a": tru } , ' + " " * 100
        raise AssertionError("read past the error")

    with pytest.raises(jsonstream.JsonSyntaxError) as info:
        list(jsonstream.elements(chunks()))
    assert (info.value.line, info.value.column, info.value.index) == (1, 18, 1)
