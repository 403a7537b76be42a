"""The core's modules import one another without loops (directly or around a cycle).

import-linter's layers contract (pyproject.toml) keeps the packages in order; this
test covers what it cannot see, a loop between two modules of one package, and a
loop through function-level imports, which count here too.
"""

from __future__ import annotations

import grimp


def _cycle_through(graph: grimp.ImportGraph, start: str) -> list[str] | None:
    """The shortest import chain from ``start`` back to itself, if there is one."""
    for imported in sorted(graph.find_modules_directly_imported_by(start)):
        chain = graph.find_shortest_chain(importer=imported, imported=start)
        if chain is not None:
            return [start, *chain]
    return None


def test_no_module_of_the_core_imports_one_that_imports_it_back():
    graph = grimp.build_graph("cases")
    loops = {
        " → ".join(cycle)
        for module in sorted(graph.modules)
        if (cycle := _cycle_through(graph, module)) is not None
    }
    assert not loops, "import loops:\n" + "\n".join(sorted(loops))
