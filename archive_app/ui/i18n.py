"""Translations: Vietnamese by default, English selectable; our catalogues also cover Qt's own buttons.

Source strings in the code are English; ``archive_app_vi.qm`` translates them (and the Qt dialog and
button texts we show, since Qt ships no Vietnamese catalogue); ``archive_app_en.qm`` only adds English
plural forms.
"""
from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("vi", "en")
DEFAULT = "vi"
_state = {"lang": DEFAULT, "translators": []}


def current() -> str:
    return _state["lang"]


def catalogue_dir():
    return resources.files("archive_app") / "resources" / "translations"


def install(lang: str) -> bool:
    """Switch the application's language; widgets retranslate on the LanguageChange event."""
    lang = lang if lang in LANGUAGES else DEFAULT
    app = QCoreApplication.instance()
    for old in _state["translators"]:
        app.removeTranslator(old)
    _state["translators"] = []
    translator = QTranslator(app)
    with resources.as_file(catalogue_dir() / f"archive_app_{lang}.qm") as path:
        loaded = translator.load(str(path))
    if loaded:
        app.installTranslator(translator)
        _state["translators"].append(translator)
    _state["lang"] = lang
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam) if lang == "vi"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return loaded


def pick(vi: str, en: str) -> str:
    """Choose between the two languages of a core message (KnownError, import failures)."""
    return en if current() == "en" else vi
