"""``GET /export/{format}`` end to end: a real server, a real client, files that read back."""

from __future__ import annotations

import csv
import io
import json
import logging
import zipfile
from collections.abc import Callable, Iterator

import httpx
import networkx as nx
import pytest
from rdflib import SKOS, Graph
from starlette.applications import Starlette

import serving.exports
from graph import Snapshot
from graph.export import EXPORT_FORMATS, export
from serving import create_app
from tests.conftest import SEEDS
from tests.live_server import serve_in_thread


@pytest.fixture(scope="module")
def app() -> Starlette:
    return create_app(SEEDS)


@pytest.fixture(scope="module")
def live_server(app: Starlette) -> Iterator[str]:
    """Base URL of a real server answering from the seed corpus."""
    with serve_in_thread(app) as url:
        yield url


@pytest.fixture
def client(live_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server, timeout=30, follow_redirects=False) as client:
        yield client


def _concept_count_graphml(body: bytes) -> int:
    return int(nx.read_graphml(io.BytesIO(body)).number_of_nodes())


def _concept_count_gexf(body: bytes) -> int:
    return int(nx.read_gexf(io.BytesIO(body)).number_of_nodes())


def _concept_count_json(body: bytes) -> int:
    return len(json.loads(body)["elements"]["nodes"])


def _concept_count_csv(body: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        assert "overlap-matrix.csv" in archive.namelist()
        text = archive.read("nodes.csv").decode("utf-8-sig")
    return len(list(csv.reader(io.StringIO(text, newline="")))) - 1  # less the header


def _concept_count_skos(body: bytes) -> int:
    rdf = Graph()
    rdf.parse(data=body, format="turtle")
    return len(set(rdf.subjects(SKOS.prefLabel, None)))


READ_BACK: dict[str, Callable[[bytes], int]] = {
    "graphml": _concept_count_graphml,
    "gexf": _concept_count_gexf,
    "json": _concept_count_json,
    "csv": _concept_count_csv,
    "skos": _concept_count_skos,
}


def test_every_export_format_can_be_downloaded() -> None:
    assert set(READ_BACK) == set(EXPORT_FORMATS)


@pytest.mark.parametrize("name", [pytest.param(name, id=name) for name in READ_BACK])
def test_export_downloads_as_a_file_its_tools_read(
    client: httpx.Client, seed_snapshot: Snapshot, name: str
) -> None:
    response = client.get(f"/export/{name}")
    assert response.status_code == 200, response.text
    chosen = EXPORT_FORMATS[name]
    assert response.headers["content-type"].split(";")[0] == chosen.media_type
    assert response.headers["content-disposition"] == (
        f'attachment; filename="curriculum-graph{chosen.extension}"'
    )
    assert response.content == export(seed_snapshot, name)  # the same bytes on every build
    # the skos export also describes topics and themes: at least every concept
    assert READ_BACK[name](response.content) >= len(seed_snapshot.graph.concepts)


def test_format_names_ignore_case(client: httpx.Client) -> None:
    response = client.get("/export/GEXF")
    assert response.status_code == 200
    assert response.headers["content-disposition"].endswith('filename="curriculum-graph.gexf"')


@pytest.mark.parametrize(
    "name", [pytest.param("pdf", id="pdf"), pytest.param("graphml.xml", id="extension")]
)
def test_unknown_format_is_404_listing_the_valid_ones(client: httpx.Client, name: str) -> None:
    response = client.get(f"/export/{name}")
    assert response.status_code == 404
    body = response.json()
    assert f"'{name}'" in body["error"]
    assert body["formats"] == sorted(EXPORT_FORMATS)


def test_post_is_405(client: httpx.Client) -> None:
    assert client.post("/export/csv").status_code == 405


def test_each_format_is_built_once_per_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []

    def counting_export(snapshot: Snapshot, name: str) -> bytes:
        built.append(name)
        return export(snapshot, name)

    monkeypatch.setattr(serving.exports, "export", counting_export)
    with serve_in_thread(create_app(SEEDS)) as url:  # a fresh snapshot: nothing built yet
        responses = [httpx.get(f"{url}/export/{name}", timeout=30) for name in ("json", "json")]
        responses.append(httpx.get(f"{url}/export/csv", timeout=30))
    assert [response.status_code for response in responses] == [200, 200, 200]
    assert responses[0].content == responses[1].content
    assert built == ["json", "csv"]


def test_start_up_logs_how_long_building_and_analysis_took(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with (
        caplog.at_level(logging.INFO, logger="curriculum_graph"),
        serve_in_thread(create_app(SEEDS)),
    ):
        pass
    [line] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("serving")]
    assert "built in" in line
    assert "analysed in" in line
