"""Read a rendered HTML form the way a browser submits it, so tests post what a user would.

``form_fields(html, form_id)`` returns ``{name: [values]}``: text, hidden, date and number
inputs with their values; checked checkboxes; each select's selected option (else its
first); textareas' text. Submit buttons are left out (a test adds the one it "clicks").
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any


class _FormParser(HTMLParser):
    def __init__(self, form_id: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.depth = 0  # > 0 inside the wanted form
        self.fields: dict[str, list[str]] = {}
        self._select: tuple[str, list[str], list[str]] | None = None  # name, selected, first
        self._option: str | None = None
        self._option_selected = False
        self._textarea: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "form":
            if self.depth or self.form_id is None or a.get("id") == self.form_id:
                self.depth += 1
            return
        if not self.depth:
            return
        name = a.get("name")
        if tag == "input" and name and "disabled" not in a:
            kind = a.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.setdefault(name, []).append(
                a.get("value", "on" if kind == "checkbox" else "")
            )
        elif tag == "select" and name and "disabled" not in a:
            self._select = (name, [], [])
        elif tag == "option" and self._select is not None:
            self._option = a.get("value")
            self._option_selected = "selected" in a
            if self._option is not None:
                self._note_option()
        elif tag == "textarea" and name and "disabled" not in a:
            self._textarea = (name, [])

    def _note_option(self) -> None:
        assert self._select is not None and self._option is not None
        _name, selected, first = self._select
        if not first:
            first.append(self._option)
        if self._option_selected:
            selected.append(self._option)

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self.depth:
            self.depth -= 1
        elif tag == "select" and self._select is not None:
            name, selected, first = self._select
            self.fields.setdefault(name, []).extend(selected or first[:1])
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, parts = self._textarea
            text = "".join(parts)
            self.fields.setdefault(name, []).append(text[1:] if text.startswith("\n") else text)
            self._textarea = None


def form_fields(html: str, form_id: str | None = None) -> dict[str, list[str]]:
    parser = _FormParser(form_id)
    parser.feed(html)
    return parser.fields


def post_data(
    fields: dict[str, list[str]], changes: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Fields as the test client posts them; ``changes`` set (str or list) or drop (None)."""
    out: dict[str, Any] = {k: (v if len(v) != 1 else v[0]) for k, v in fields.items()}
    for key, v in (changes or {}).items():
        if v is None:
            out.pop(key, None)
        else:
            out[key] = v
    return out
