"""The command line contract of DESIGN.md §6, driven as a user would, in subprocesses."""
import json
import os
import subprocess
import sys

import pytest

from shared_paths import REPORT

from archive_app.core.vietnamese import has_marks


def run(data, *args, check_rc=None):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("ARCHIVE_APP_DATA", None)
    proc = subprocess.run([sys.executable, "-m", "archive_app", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=120)
    if check_rc is not None:
        assert proc.returncode == check_rc, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def run_json(data, *args):
    return json.loads(run(data, *args, "--json", check_rc=0).stdout)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli") / "data"
    out = json.loads(run(data, "import", str(REPORT), "--json", check_rc=0).stdout)
    assert set(out) == {"imported", "duplicates", "failed"}
    assert len(out["imported"]) == 1 and set(out["imported"][0]) == {"path", "id", "title"}
    return data, out["imported"][0]["id"]


@pytest.mark.parametrize("query", ["dân vận", "dan van", "DÂN VẬN", "Đảng uỷ", "dang uy", "vo thanh loc",
                                   "18-CT/QU", '"giao ban"'])
def test_acceptance_queries_find_the_seed(seeded, query):
    data, rid = seeded
    out = run_json(data, "search", query)
    assert set(out) == {"total", "hits"} | ({"folded_total"} if has_marks(query) else set())
    assert out["total"] >= 1 and out["hits"][0]["id"] == rid
    assert out.get("folded_total", out["total"]) >= out["total"]      # typed without marks: at least as many
    hit = out["hits"][0]
    assert set(hit) == {"id", "title", "date", "score", "snippet", "persons", "tags"}
    assert hit["date"] == "2023-04-12"
    assert "[" in hit["snippet"] and "]" in hit["snippet"]


def test_reversed_phrase_does_not_match(seeded):
    data, _ = seeded
    assert run_json(data, "search", '"ban giao"') == {"total": 0, "hits": []}


def test_show_json_shape(seeded):
    data, rid = seeded
    out = run_json(data, "show", str(rid))
    assert set(out) == {"id", "title", "date", "kind", "organisation", "author", "body", "persons", "tags", "source"}
    assert set(out["source"]) == {"name", "format", "sha256"}
    assert out["source"]["name"] == "giao-ban-report.txt" and len(out["source"]["sha256"]) == 64
    assert all(set(p) == {"name", "role", "chair"} for p in out["persons"])
    assert "Trả lời" not in out["body"]


def test_duplicate_import_is_reported(seeded):
    data, rid = seeded
    out = json.loads(run(data, "import", str(REPORT), "--json", check_rc=0).stdout)
    assert out["imported"] == [] and out["duplicates"] == [{"path": str(REPORT), "id": rid}]


def test_tag_persons_tags_and_filters(seeded):
    data, rid = seeded
    run(data, "tag", str(rid), "--add", "Dân vận", "--add", "Quý III", check_rc=0)
    tags = run_json(data, "tags")
    assert {"name": "Dân vận", "reports": 1} in tags
    assert run_json(data, "search", "", "--tag", "dan van")["hits"][0]["id"] == rid
    assert run_json(data, "search", "dân", "--tag", "quý iii", "--from", "2023-04-12", "--to", "2023-04-12")["total"] == 1
    assert run_json(data, "search", "dân", "--from", "2023-04-13")["total"] == 0
    persons = run_json(data, "persons")
    assert all(set(p) == {"name", "reports", "roles"} for p in persons)
    assert run_json(data, "search", "", "--person", "vo thanh loc")["total"] == 1
    run(data, "tag", str(rid), "--remove", "quy iii", check_rc=0)
    assert {t["name"] for t in run_json(data, "tags") if t["reports"]} == {"Dân vận"}
    assert run(data, "tag", "99999", "--add", "x").returncode == 1


def test_reindex_and_check(seeded):
    data, _ = seeded
    assert run(data, "reindex", check_rc=0).stdout
    out = run_json(data, "check")
    assert out["ok"] is True and out["reports"] == out["indexed"]


def test_bad_input_gives_one_line_errors_and_the_rest_lands(tmp_path):
    data = tmp_path / "data"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "bad-utf8.txt").write_bytes(b"Bi\xc3\xaan b\xe1n h\xff\xfe\xfd\x80\x81 \x00\x00\x00 " * 3)
    (folder / "lines.jsonl").write_text('{"title": "Họp tổ", "body": "Bàn việc dân vận ở tổ."}\n{not json\n',
                                        encoding="utf-8")
    (folder / "good.txt").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    proc = run(data, "import", str(folder), "--json", check_rc=1)
    out = json.loads(proc.stdout)
    imported = {i["path"] for i in out["imported"]}
    assert str(folder / "good.txt") in imported and f"{folder / 'lines.jsonl'}:1" in imported
    failed = {f["path"]: f["error"] for f in out["failed"]}
    assert f"{folder / 'lines.jsonl'}:2" in failed
    assert str(folder / "empty.txt") in failed and str(folder / "binary.txt") in failed
    assert all(e and "\n" not in e for e in failed.values())
    human = run(data, "import", str(folder / "empty.txt"), check_rc=1)
    assert human.stdout.strip() and "Traceback" not in human.stderr


@pytest.mark.parametrize("query", ['"dân vận', "!!!", '"', "()", "*"])
def test_odd_queries_give_results_or_nothing_never_a_traceback(seeded, query):
    data, _ = seeded
    proc = run(data, "search", query, "--json")
    assert proc.returncode in (0, 1)
    if proc.returncode == 0:
        assert set(json.loads(proc.stdout)) == {"total", "hits"} | ({"folded_total"} if has_marks(query) else set())


def test_usage_errors_exit_2(tmp_path):
    assert run(tmp_path / "d", "search", "").returncode == 2
    assert run(tmp_path / "d", "search", "x", "--from", "14/10/2021").returncode == 2
    assert run(tmp_path / "d", "frobnicate").returncode == 2


def test_data_dir_from_environment(tmp_path):
    env = dict(os.environ, ARCHIVE_APP_DATA=str(tmp_path / "envdata"))
    proc = subprocess.run([sys.executable, "-m", "archive_app", "tags", "--json"], capture_output=True,
                          text=True, env=env)
    assert proc.returncode == 0 and (tmp_path / "envdata" / "archive.sqlite3").exists()


def test_search_json_says_how_many_the_query_without_marks_finds(tmp_path):
    """DESIGN.md §6: "folded_total" whenever the query has marks; the text output says so too."""
    rows = [{"title": "Một", "body": "Công tác dân vận."}, {"title": "Hai", "body": "Người dân vẫn chờ."},
            {"title": "Ba", "body": "Lê Văn Cương dẫn đoàn."}]
    src = tmp_path / "r.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    data = tmp_path / "data"
    run(data, "import", str(src), check_rc=0)
    out = run_json(data, "search", "dân vận")
    assert out["total"] == 1 and out["folded_total"] == 3          # dan + van anywhere: three reports
    assert run_json(data, "search", '"dân vận"')["folded_total"] == 2       # side by side: "dân vẫn" too
    assert "folded_total" not in run_json(data, "search", "dan van")
    assert run_json(data, "search", "vận")["hits"][0]["snippet"] == "Công tác dân [vận]."
    text = run(data, "--lang", "en", "search", "dân vận", check_rc=0).stdout
    assert "3 result(s) without diacritics" in text


# What a command imports is its start-up time (issue 17): reading commands leave the editing, import,
# extraction, export and backup code, Alembic (the schema is current) and Qt alone.
NOT_FOR_READING = ("PySide6", "shiboken6", "alembic", "tomllib", "archive_app.ui", "archive_app.core.editing",
                   "archive_app.core.importing", "archive_app.core.extract", "archive_app.core.transfer",
                   "archive_app.core.exporting", "archive_app.core.office")
IMPORTED = """
import contextlib, io, json, sys
from archive_app.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    rc = main(sys.argv[1:])
print(json.dumps({"rc": rc, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


# ... and those that do not search leave the index (Whoosh, numpy) alone too.
NOT_FOR_READING_ONLY_THE_DATABASE = NOT_FOR_READING + ("whoosh", "numpy", "lz4", "archive_app.core.search")
# A search of a current archive reads the database without SQLAlchemy (storage.reads) and the index
# without Whoosh's searcher, query language and English morphology, urllib or asyncio.
NOT_FOR_SEARCH = NOT_FOR_READING + ("sqlalchemy", "whoosh.searching", "whoosh.query", "whoosh.lang.morph_en",
                                    "urllib.request", "asyncio", "cached_property")


@pytest.mark.parametrize("command, unwanted", [
    (["search", "dan van", "--json"], NOT_FOR_SEARCH),
    (["search", '"dân vận"', "--person", "x", "--tag", "y", "--from", "2020-01-01", "--json"], NOT_FOR_SEARCH),
    (["search", "--kind", "họp", "--json"], NOT_FOR_SEARCH),
    (["show", "{id}", "--json"], NOT_FOR_READING_ONLY_THE_DATABASE),
    (["persons", "--json"], NOT_FOR_READING_ONLY_THE_DATABASE),
    (["tags", "--json"], NOT_FOR_READING_ONLY_THE_DATABASE)])
def test_reading_commands_import_only_what_they_need(seeded, command, unwanted):
    data, report_id = seeded
    run(data, "search", "x", check_rc=0)            # the index is built and current before the check
    argv = [a.replace("{id}", str(report_id)) for a in command]
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-c", IMPORTED, "--data-dir", str(data), *argv],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    done = json.loads(proc.stdout)
    assert done["rc"] == 0
    json.loads(done["out"])                                    # the command still answers in JSON
    unneeded = [m for m in done["modules"] if m.startswith(unwanted)]
    assert unneeded == []
