"""The who-met graph as GEXF and GraphML: people as nodes, one edge per pair."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from migtl.export.common import as_dict, doc_paths, joined
from migtl.report.dates import date_view


# characters XML 1.0 cannot hold at all (C0 controls but tab and line breaks, surrogates, U+FFFE/FFFF)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: Any) -> str:
    """A value as text an XML document can hold: characters XML forbids are dropped, a bare CR is a space."""
    return _NOT_XML.sub("", str(value)).replace("\r\n", "\n").replace("\r", " ")


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    return {k: xml_text(v) if isinstance(v, str) else v for k, v in item.items()}


def _graph_parts(data: dict[str, list]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes (people, plus pair endpoints missing from people) and edges (one per pair), as text XML can hold."""
    nodes, edges = _raw_graph_parts(data)
    return [_clean(n) for n in nodes], [_clean(e) for e in edges]


def _raw_graph_parts(data: dict[str, list]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    counts: dict[Any, int] = {}
    for e in data["events"]:
        for p in {as_dict(p).get("id") for p in e.get("participants") or []}:
            counts[p] = counts.get(p, 0) + 1
    nodes: dict[Any, dict[str, Any]] = {}
    for p in data["people"]:
        if p.get("id") is None:
            continue
        nodes[p["id"]] = {
            "id": str(p["id"]),
            "name": p.get("name") or str(p["id"]),
            "aliases": joined(p.get("aliases") or []),
            "roles": joined(p.get("roles") or []),
            "events": counts.get(p["id"], 0),
        }
    edges = []
    for i, pr in enumerate(data["pairs"]):
        a, b = as_dict(pr.get("a")), as_dict(pr.get("b"))
        if a.get("id") is None or b.get("id") is None:
            continue
        for ref in (a, b):
            if ref["id"] not in nodes:
                nodes[ref["id"]] = {
                    "id": str(ref["id"]),
                    "name": ref.get("name") or str(ref["id"]),
                    "aliases": "",
                    "roles": "",
                    "events": counts.get(ref["id"], 0),
                }
        view = date_view(pr.get("date"))
        edges.append(
            {
                "id": f"e{i}",
                "source": str(a["id"]),
                "target": str(b["id"]),
                "kind": pr.get("kind") or "",
                "date": view["edtf"] or "",
                "start": view["t0"] or "",
                "end": view["t1"] or "",
                "event": pr.get("event") or "",
                "title": pr.get("title") or "",
                "documents": doc_paths(pr.get("documents")),
            }
        )
    return list(nodes.values()), edges


_NODE_ATTRS = [("name", "string"), ("aliases", "string"), ("roles", "string"), ("events", "integer")]
_EDGE_ATTRS = [
    ("kind", "string"),
    ("date", "string"),
    ("start", "string"),
    ("end", "string"),
    ("event", "string"),
    ("title", "string"),
    ("documents", "string"),
]


_GEXF_EDGE_ATTRS = [a for a in _EDGE_ATTRS if a[0] not in ("start", "end")]  # GEXF keeps them as the edge's spell


def _xml(root: ET.Element) -> str:
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def to_gexf(data: dict[str, list]) -> str:
    nodes, edges = _graph_parts(data)
    # Plain tag names plus an explicit xmlns attribute: no global ET.register_namespace side effects.
    q = str
    root = ET.Element("gexf", {"xmlns": "http://www.gexf.net/1.2draft", "version": "1.2"})
    meta = ET.SubElement(root, q("meta"))
    ET.SubElement(meta, q("creator")).text = "migtl"
    ET.SubElement(meta, q("description")).text = "Who met whom in migration-governance press releases"
    # dynamic: each dated edge has Gephi's start/end (first and last possible day), so the timeline
    # slider shows who met when; an edge whose year is unknown has none and is always shown
    graph = ET.SubElement(root, q("graph"), {"defaultedgetype": "undirected", "mode": "dynamic", "timeformat": "date"})
    for cls, attrs in (("node", _NODE_ATTRS), ("edge", _GEXF_EDGE_ATTRS)):
        block = ET.SubElement(graph, q("attributes"), {"class": cls, "mode": "static"})
        for name, typ in attrs:
            ET.SubElement(block, q("attribute"), {"id": name, "title": name, "type": typ})
    xnodes = ET.SubElement(graph, q("nodes"))
    for n in nodes:
        node = ET.SubElement(xnodes, q("node"), {"id": n["id"], "label": n["name"]})
        vals = ET.SubElement(node, q("attvalues"))
        for name, _ in _NODE_ATTRS:
            ET.SubElement(vals, q("attvalue"), {"for": name, "value": str(n[name])})
    xedges = ET.SubElement(graph, q("edges"))
    for e in edges:
        spell = {"start": e["start"], "end": e["end"]} if e["start"] and e["end"] else {}
        edge = ET.SubElement(
            xedges,
            q("edge"),
            {"id": e["id"], "source": e["source"], "target": e["target"], "label": e["kind"], **spell},
        )
        vals = ET.SubElement(edge, q("attvalues"))
        for name, _ in _GEXF_EDGE_ATTRS:
            ET.SubElement(vals, q("attvalue"), {"for": name, "value": str(e[name])})
    return _xml(root)


def to_graphml(data: dict[str, list]) -> str:
    nodes, edges = _graph_parts(data)
    q = str
    root = ET.Element("graphml", {"xmlns": "http://graphml.graphdrawing.org/xmlns"})
    types = {"string": "string", "integer": "int"}
    for cls, attrs, prefix in (("node", _NODE_ATTRS, "n_"), ("edge", _EDGE_ATTRS, "e_")):
        for name, typ in attrs:
            ET.SubElement(
                root, q("key"), {"id": prefix + name, "for": cls, "attr.name": name, "attr.type": types[typ]}
            )
    graph = ET.SubElement(root, q("graph"), {"id": "who-met", "edgedefault": "undirected"})
    for n in nodes:
        node = ET.SubElement(graph, q("node"), {"id": n["id"]})
        for name, _ in _NODE_ATTRS:
            ET.SubElement(node, q("data"), {"key": "n_" + name}).text = str(n[name])
    for e in edges:
        edge = ET.SubElement(graph, q("edge"), {"id": e["id"], "source": e["source"], "target": e["target"]})
        for name, _ in _EDGE_ATTRS:
            ET.SubElement(edge, q("data"), {"key": "e_" + name}).text = str(e[name])
    return _xml(root)
