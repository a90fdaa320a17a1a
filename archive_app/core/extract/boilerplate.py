"""What a saved web page carries besides its article: share buttons, comment forms, related posts."""
from __future__ import annotations

import re

from lxml import etree

# Class or id words that mark page furniture (WordPress, Joomla, Vietnamese portals).
_JUNK_WORDS = {
    "comment", "comments", "respond", "reply", "share", "sharing", "sharedaddy", "social", "socials",
    "related", "relatedposts", "sidebar", "widget", "widgets", "menu", "navbar", "nav", "navigation",
    "breadcrumb", "breadcrumbs", "footer", "pagination", "pager", "advert", "advertisement", "ads",
    "banner", "cookie", "popup", "modal", "subscribe", "newsletter", "toolbar", "tagcloud", "byline",
    "postmeta", "rating", "likes", "print", "addthis", "fb", "zalo", "jp", "screen", "skip",
}
_JUNK_PAIRS = {("entry", "meta"), ("post", "meta"), ("post", "tags"), ("tags", "links"),
               ("post", "navigation"), ("nav", "links"), ("author", "box"), ("screen", "reader")}
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")

# A heading from which the rest of the page is comments or other posts.
_CUT_HEADINGS = {
    "trả lời", "để lại một bình luận", "để lại bình luận", "gửi bình luận", "bình luận", "ý kiến bạn đọc",
    "gửi ý kiến", "ý kiến của bạn", "bài viết liên quan", "tin liên quan", "tin cùng chuyên mục",
    "các tin khác", "tin khác", "bài viết cùng chuyên mục", "tin bài liên quan", "xem thêm",
    "có thể bạn quan tâm",
    "leave a reply", "leave a comment", "related posts", "related articles", "related", "comments",
    "you may also like", "tin đã đưa", "các tin đã đưa",
}
# Single lines that are never part of a report.
_DROP_LINES = {
    "chia sẻ", "chia sẻ bài viết", "share", "share this", "like this", "thích điều này", "tweet", "facebook",
    "twitter", "zalo", "email", "print", "in bài viết", "in trang", "bản in", "quay lại", "lên đầu trang",
    "đầu trang", "gửi email", "gửi bài viết qua email", "like", "thích", "tweet this", "loading",
    "đang tải", "chia sẻ facebook", "share on facebook", "share on twitter",
}
_DROP_STARTS = (
    "email của bạn sẽ không được hiển thị công khai", "các trường bắt buộc được đánh dấu",
    "your email address will not be published", "required fields are marked",
    "lưu tên của tôi, email", "save my name, email", "bạn phải đăng nhập để gửi bình luận",
    "you must be logged in to post a comment", "chia sẻ:", "share this:", "like this:",
    "thích điều này:",
)


def is_boilerplate_element(element: etree._Element) -> bool:
    """True for an element whose class or id names page furniture."""
    label = f"{element.get('class', '')} {element.get('id', '')}".lower()
    if not label.strip():
        return False
    words = [w for w in _WORD_SPLIT.split(label) if w]
    if any(w in _JUNK_WORDS for w in words):
        return True
    return any(pair in _JUNK_PAIRS for pair in zip(words, words[1:]))


def _simplified(paragraph: str) -> str:
    text = re.sub(r"\s+", " ", paragraph.replace("\xa0", " ")).strip().lower()
    return text.rstrip(" :*.…").strip()


def drop_boilerplate_paragraphs(paragraphs: list[str]) -> list[str]:
    """Remove share/comment lines; cut at a comments or related-posts heading (never the first)."""
    kept: list[str] = []
    for paragraph in paragraphs:
        simple = _simplified(paragraph)
        if kept and simple in _CUT_HEADINGS:
            break
        if simple in _DROP_LINES or simple.startswith(_DROP_STARTS):
            continue
        kept.append(paragraph)
    return kept
