"""Text files: plain text, Markdown with front matter (JSON or simple YAML), and HTML pages."""
from __future__ import annotations

import json
import re

from . import html_reader
from .dates import parse_date
from .encoding import decode_text
from .odt_reader import read_flat_odt
from .sniff import extension, looks_like_html, unsupported

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_FLAT_ODT = re.compile(r"<office:document\b[^>]*opendocument\.text", re.DOTALL)
_YAML_PAIR = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_MD_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*+\)"          # (url), one level of parentheses inside
_MD_IMAGE = re.compile(r"!\[[^\]]*\]" + _MD_TARGET)
_MD_LINK = re.compile(r"\[([^\]]+)\]" + _MD_TARGET)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$", re.MULTILINE)
_HTML_BLOCK = re.compile(r"<(p|div|br|span|table|h[1-6]|ul|ol|li|strong|em|img)\b", re.IGNORECASE)
# Front matter fields copied into Extracted.meta under these names.
_META_FIELDS = ("category", "categories", "tag", "tags", "author", "description", "slug",
                "tai_lieu_dinh_kem", "co_quan_ban_hanh", "nguoi_ky", "so_hieu", "loai_van_ban")


def read_text_file(data: bytes, name: str) -> dict:
    """Decode, then read as Markdown, HTML or plain text; returns the fields of an Extracted."""
    text, encoding = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    ext = extension(name)
    front, body = split_front_matter(text)
    if front is not None or ext in ("md", "markdown"):
        fields = read_markdown(front or {}, body)
    elif ext in ("html", "htm", "xhtml", "shtml") or looks_like_html(text):
        raw, title, date = html_reader.page_to_text(text)
        fields = {"format": "html", "raw": raw, "title": title, "date": date, "meta": {}}
    elif _FLAT_ODT.search(text[:4096]):
        fields = read_flat_odt(re.sub(r"^\s*<\?xml[^>]*\?>", "", text).encode("utf-8"))
    elif text.lstrip().startswith("<?xml"):
        raise unsupported("tệp XML", "an XML file")
    else:
        fields = {"format": "txt", "raw": plain_paragraphs(text), "title": None, "date": None, "meta": {}}
    fields["encoding"] = encoding
    return fields


def plain_paragraphs(text: str) -> str:
    """Blank lines separate paragraphs; a text without any blank line has one paragraph per line."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and not _BLANK_LINE.search(text.strip()):
        return "\n\n".join(lines)
    return text


def split_front_matter(text: str) -> tuple[dict | None, str]:
    """Return (front matter dict or None, body). Handles ---json/---{…}---, --- YAML --- and {…}."""
    stripped = text.lstrip("\ufeff \n")
    first_line, _, rest = stripped.partition("\n")
    if first_line.strip() in ("---", "---json", ";;;"):
        close = re.search(r"^(---|\.\.\.|;;;)\s*$", rest, re.MULTILINE)
        if close:
            inside, body = rest[:close.start()], rest[close.end():]
            parsed = _json_object(inside) if inside.lstrip().startswith("{") else _simple_yaml(inside)
            if parsed is not None:
                return parsed, body
    if stripped.startswith("{"):
        try:
            parsed, end = json.JSONDecoder().raw_decode(stripped)
        except ValueError:
            return None, text
        if isinstance(parsed, dict) and stripped[end:].strip():
            return parsed, stripped[end:]
    return None, text


def _json_object(text: str) -> dict | None:
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


def _simple_yaml(text: str) -> dict | None:
    """Flat ``key: value`` pairs and ``- item`` lists; enough for blog front matter."""
    result: dict = {}
    key = None
    for line in text.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.match(r"^\s*-\s+(.*)$", line)
        if item and key:
            if not isinstance(result.get(key), list):
                result[key] = []
            result[key].append(_unquote(item.group(1)))
            continue
        pair = _YAML_PAIR.match(line)
        if not pair:
            return None
        key, value = pair.group(1), pair.group(2).strip()
        result[key] = _unquote(value) if value else ""
    return result or None


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def read_markdown(front: dict, body: str) -> dict:
    title = front.get("title")
    title = title.strip() if isinstance(title, str) else None
    meta = {k: front[k] for k in _META_FIELDS if front.get(k) not in (None, "", [], {})}
    meta = json.loads(json.dumps(meta, default=str))
    if title and not any(ch.isalpha() for ch in title):
        meta["raw_title"], title = title, None      # a slug such as "28122020 10" is not a title
    if _HTML_BLOCK.search(body):         # a link's text stays, its target (javascript:, a URL) goes
        body = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", body))
        raw = html_reader.fragment_to_text(body) if body.strip() else ""
    else:
        raw = plain_paragraphs(_markdown_to_text(drop_active_html(body)))
    if not raw.strip():
        # A post whose body is only an attachment: keep what the front matter says about it.
        meta["empty_body"] = True
        description = front.get("description")
        raw = description if isinstance(description, str) and description.strip() else (title or "")
    return {"format": "md", "raw": raw, "title": title or None, "date": parse_date(front.get("date")),
            "meta": meta}


# HTML inside Markdown that a renderer would run or fetch: dropped with its content (scripts, frames,
# forms …) or as a tag (images, links: a link keeps its text). An element left open runs to the end.
_ACTIVE_ELEMENTS = ("script", "style", "iframe", "object", "noscript", "template", "svg", "math", "form",
                    "textarea", "select", "button", "audio", "video", "canvas", "frameset", "applet")
_ACTIVE_TAG = re.compile(r"<!--|</?(?:(" + "|".join(_ACTIVE_ELEMENTS) + r")|img|image|embed|frame|link|meta|base|"
                         r"input|source|track|param|a|area|map)\b[^<>]*>?", re.IGNORECASE)


def drop_active_html(body: str) -> str:
    """``body`` without the HTML a Markdown renderer would run or fetch. Linear: every search moves on."""
    if "<" not in body:
        return body
    out, pos = [], 0
    while (m := _ACTIVE_TAG.search(body, pos)) is not None:
        out.append(body[pos:m.start()])
        pos = m.end()
        if m.group(0) == "<!--":
            end = body.find("-->", pos)
            pos = len(body) if end < 0 else end + 3
        elif m.group(1) and not m.group(0).startswith("</") and not m.group(0).endswith("/>"):
            close = re.compile(rf"</{m.group(1)}\s*>", re.IGNORECASE).search(body, pos)
            pos = len(body) if close is None else close.end()
    out.append(body[pos:])
    return "".join(out)


def _markdown_to_text(body: str) -> str:
    body = _MD_IMAGE.sub("", body)
    body = _MD_LINK.sub(r"\1", body)
    body = _MD_RULE.sub("", body)
    body = _MD_HEADING.sub("", body)
    return _MD_EMPHASIS.sub(r"\2", body)
