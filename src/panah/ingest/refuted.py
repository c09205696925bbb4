"""Dates a text quotes in order to refute them (fact-checks, corrections).

A fact-check quotes the wrong dates other outlets gave and then gives the right one; the
wrong one is the date of no event. :func:`refuted` says whether a date mention is such a
quoted-to-be-refuted date, in six forms of language, English and Russian:

1. a claim rated false: the date is on a line labelled as a claim ("CLAIM:", "Claim 2:",
   "Утверждение 1:", "Миф:") whose verdict, on the same line after it or at the start of the
   next line, is a false rating ("VERDICT: Wrong", "False", "Partly wrong", "Unproven",
   "Неверно", "Неточно", "Ложь"); a claim rated true keeps its dates;
2. a date said not to be the one: "not in 2017, as several outlets wrote, but in 2019",
   "- not in September, as some reports have it", "не 3 мая, а 5 мая", "не в 2017 году, как
   писали";
3. a date others reported, corrected in the same or the next sentence: "X reported that he
   was detained on 3 May; in fact he was detained on 5 May", "СМИ писали о задержании 3 мая.
   На самом деле …";
4. a date given by mistake: "ошибочно указали дату 3 мая", "wrongly reported 3 May";
5. a date against which the text tells another: "вопреки сообщениям о задержании 3 мая, …",
   "contrary to reports that he was detained on 3 May, …", and a date quoted as a string of
   its own ("Дата «30 ноября», по всей видимости, появилась …");
6. what an article said, in a newspaper's correction under its heading ("CORRECTION / An
   article on 2 October stated that he was detained on 14 January 2025 …").

Near-misses that keep their date: "he was wrongly detained on 3 May" (a wrongful act is an
act), "not later than 3 May", "was not released until 3 May", "in fact, on 3 May he fled" (a
correction's own date), a claim rated true.
"""

from __future__ import annotations

import re

from panah.ingest.text import Span

__all__ = ["refuted"]

_CLAIM_LINE = re.compile(
    r"[ \t]*(?:[-*•]\s*)?(?:claim|myth|fake|утверждение|миф|фейк|тезис)(?:[ \t]*(?:№[ \t]*)?\d+)?"
    r"[ \t]*[:.—–-]",
    re.IGNORECASE,
)
_FALSE_RATING = (
    r"(?:(?:verdict|rating|our\s+rating|вердикт|оценка|наша\s+оценка)[ \t]*[:.—–-][ \t]*)?"
    r"(?:wrong|false|incorrect|inaccurate|untrue|not\s+true|misleading|unproven|unsupported|"
    r"partly\s+(?:wrong|false|true)|mostly\s+false|half[-\s]true|"
    r"неверно|неправда|ложь|неточно|частично\s+(?:неверно|верно)|не\s+соответствует|"
    r"не\s+подтвержд\w+|манипуляция|недостоверно|вводит\s+в\s+заблуждение)(?![\w])"
)
_VERDICT_START = re.compile(r"^[ \t]*" + _FALSE_RATING, re.IGNORECASE)
_VERDICT_AFTER_QUOTE = re.compile(r"[\"”»][ \t]*[-—–:.,]?[ \t]*" + _FALSE_RATING, re.IGNORECASE)

# 2. "not in 2017, as …", "not on 3 May but …", "не в 2017 году, как …", "не 3 мая, а …"
_NOT_BEFORE = re.compile(
    r"(?:(?<![\w-])not|(?<![\w-])не)\s+(?:(?:in|on|as\s+early\s+as|в|во)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(
    r"^[ \t]*(?:,[ \t]*)?(?:as\s|like\s|but\b|rather\s+than\b|как\s|а\s|,\s*а\s)",
    re.IGNORECASE,
)
# 3. reported by others, then corrected
_REPORTED = re.compile(
    r"\b(?:reported|wrote|written|claimed|stated|said|suggested|had\s+it|have\s+it|"
    r"according\s+to\s+(?:some|several|many|earlier|other|media)|reports?\s+(?:that|of|say))\b|"
    r"(?<![\w])(?:сообщал\w*|писал\w*|утверждал\w*|указ\w*|называл\w*|говорилось|сообщалось|"
    r"по\s+(?:некоторым|ранним|первым)\s+(?:данным|сообщениям))(?![\w])",
    re.IGNORECASE,
)
_IN_FACT = re.compile(
    r"\b(?:in\s+fact|actually|in\s+reality|in\s+truth|the\s+(?:real|actual|correct)\s+date)\b|"
    r"(?<![\w])(?:на\s+самом\s+деле|в\s+действительности|фактически|в\s+реальности)(?![\w])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# 4. given by mistake
_BY_MISTAKE = re.compile(
    r"(?<![\w])(?:erroneously|wrongly|mistakenly|incorrectly|falsely|ошибочно|неверно|"
    r"неправильно)\s+(?:\w+\s+){0,2}?(?:reported|stated|gave|given|dated|wrote|written|said|"
    r"listed|cited|put|указ\w*|писа\w*|сообщ\w*|назва\w*|называ\w*|датирова\w*|привод\w*|"
    r"привел\w*|привёл\w*)(?:\s+\S+){0,4}?\s+$",
    re.IGNORECASE,
)
# 5. "вопреки сообщениям …", "contrary to reports …"; a date quoted as a string
_CONTRARY = re.compile(
    r"(?:\bcontrary\s+to\s+(?:\w+\s+){0,2}?(?:reports?|claims?|what)|"
    r"(?<![\w])вопреки\s+(?:\w+\s+){0,2}?(?:сообщени\w+|утверждени\w+|заявлени\w+|данным|"
    r"публикаци\w+|версии))[^,;.]*$",
    re.IGNORECASE,
)
_OPEN_QUOTE = re.compile(r"[\"“«„'‘]\s*$")
_CLOSE_QUOTE = re.compile(r"^\s*[\"”»“'’]")


def _line(text: str, span: Span) -> tuple[int, int]:
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    return start, len(text) if end < 0 else end


def _claim_rated_false(text: str, span: Span) -> bool:
    start, end = _line(text, span)
    if not _CLAIM_LINE.match(text, start):
        return False
    if _VERDICT_AFTER_QUOTE.search(text, span.end, end):
        return True
    rest = text[end:].lstrip("\n")
    return bool(_VERDICT_START.match(rest))


def _said_not_to_be(text: str, span: Span) -> bool:
    before = text[max(0, span.start - 30) : span.start]
    return bool(_NOT_BEFORE.search(before) and _NOT_AFTER.match(text[span.end : span.end + 20]))


def _sentence_around(text: str, span: Span) -> tuple[int, int]:
    head = text[max(0, span.start - 400) : span.start]
    ends = list(_SENTENCE_END.finditer(head))
    start = span.start - len(head) + (ends[-1].end() if ends else 0)
    m = _SENTENCE_END.search(text, span.end)
    return start, m.end() if m else len(text)


def _reported_then_corrected(text: str, span: Span) -> bool:
    start, end = _sentence_around(text, span)
    if not _REPORTED.search(text, start, span.start):
        return False
    # the correction: later in the same sentence, or opening the next one
    if _IN_FACT.search(text, span.end, end):
        return True
    nxt = text[end : end + 40].lstrip()
    return bool(_IN_FACT.match(nxt) or _IN_FACT.match(nxt.lstrip("—–- ")))


def _by_mistake(text: str, span: Span) -> bool:
    start, _end = _sentence_around(text, span)
    return bool(_BY_MISTAKE.search(text[max(start, span.start - 80) : span.start]))


def _against(text: str, span: Span) -> bool:
    start, _end = _sentence_around(text, span)
    if _CONTRARY.search(text[max(start, span.start - 120) : span.start]):
        return True
    return bool(
        _OPEN_QUOTE.search(text[max(0, span.start - 3) : span.start])
        and _CLOSE_QUOTE.match(text[span.end : span.end + 3])
    )


# 6. a newspaper's correction: "CORRECTION\nAn article on 2 October stated that he was
# detained on 14 January 2025 …": what the article said, under the heading
_CORRECTION_HEAD = re.compile(
    r"(?:^|\n)[ \t]*(?:corrections?|clarification|erratum|поправка|исправление|уточнение)"
    r"[ \t]*[:.]?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
_ARTICLE_SAID = re.compile(
    r"\b(?:stated|said|reported|wrote|claimed)\s+that\b|"
    r"(?<![\w])(?:говорилось|указывалось|сообщалось|утверждалось)(?![\w])|"
    r"(?<![\w])(?:указано|сказано|написано),?\s+что(?![\w])",
    re.IGNORECASE,
)


def _in_a_correction(text: str, span: Span) -> bool:
    para = text.rfind("\n\n", 0, span.start)
    head = text[max(0, text.rfind("\n\n", 0, max(para, 0)) if para > 0 else 0) : span.start]
    if not _CORRECTION_HEAD.search(head):
        return False
    start, end = _sentence_around(text, span)
    return bool(_ARTICLE_SAID.search(text, start, end))


def refuted(text: str, span: Span) -> bool:
    """Whether the date mention at ``span`` is a date the text quotes to refute it (see the
    module docstring): the date of no event."""
    return (
        _claim_rated_false(text, span)
        or _said_not_to_be(text, span)
        or _reported_then_corrected(text, span)
        or _by_mistake(text, span)
        or _against(text, span)
        or _in_a_correction(text, span)
    )
