"""GIFT (Moodle), multiple-choice questions only: `::title:: text { =right ~wrong ~wrong }`,
`// comments`, `$CATEGORY: topic`, escapes \\~ \\= \\# \\{ \\} \\:, `#feedback` dropped."""

import re

from django.utils.translation import gettext as _

from . import ParsedQuestion, check

SPECIAL = "~=#{}:"
_ESCAPE = re.compile(r"\\([~=#{}:])")
_PLACEHOLDER = {c: f"\x00{i}\x00" for i, c in enumerate(SPECIAL)}


def _protect(text: str) -> str:
    return _ESCAPE.sub(lambda m: _PLACEHOLDER[m.group(1)], text)


def _restore(text: str) -> str:
    for char, token in _PLACEHOLDER.items():
        text = text.replace(token, char)
    return text.strip()


def _clean(text: str) -> str:
    text = re.sub(r"^\[(html|moodle|plain|markdown)\]", "", text.strip())
    return _restore(" ".join(text.split()))


def parse(text: str) -> list[ParsedQuestion]:
    questions: list[ParsedQuestion] = []
    errors: list[str] = []
    topic = ""
    block: list[tuple[int, str]] = []

    def finish():
        if not block:
            return
        first_line = block[0][0]
        body = _protect("\n".join(line for _n, line in block))
        title_match = re.match(r"^\s*::(.*?)::", body, re.DOTALL)
        name = _restore(title_match.group(1)) if title_match else ""
        where = _("Question “%(name)s” (line %(line)d)") % {"name": name, "line": first_line} if name else \
            _("Question at line %(line)d") % {"line": first_line}
        if title_match:
            body = body[title_match.end():]
        if body.count("{") != 1 or body.count("}") != 1 or body.index("{") > body.index("}"):
            errors.append(_("%(where)s: expected one answer block “{ … }”.") % {"where": where})
            return
        before, rest = body.split("{", 1)
        answers, after = rest.split("}", 1)
        stem = _clean(before + " " + after)
        parts = re.findall(r"([=~])([^=~]*)", answers)
        if not parts:
            errors.append(_("%(where)s: only multiple-choice questions (=right ~wrong) can be imported.")
                          % {"where": where})
            return
        choices = []
        for mark, value in parts:
            value = value.split("#", 1)[0]
            value = re.sub(r"^%-?\d+(\.\d+)?%", "", value.strip())
            choices.append((_clean(value), mark == "="))
        questions.append(ParsedQuestion(text=stem, choices=choices, where=where, topic=topic))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if stripped.startswith("$CATEGORY:"):
            finish()
            block = []
            topic = stripped.removeprefix("$CATEGORY:").strip().split("/")[-1]
            continue
        if not stripped:
            finish()
            block = []
            continue
        block.append((number, line))
    finish()
    return check(questions, errors)


def _escape(text: str) -> str:
    return re.sub(r"([~=#{}:])", r"\\\1", " ".join(text.split()))


def export(questions) -> str:
    out, topic = [], None
    for n, question in enumerate(questions, start=1):
        if question.topic != topic and question.topic:
            out += [f"$CATEGORY: {question.topic}", ""]
            topic = question.topic
        answers = " ".join(f"{'=' if c.is_correct else '~'}{_escape(c.text)}" for c in question.choices.all())
        out += [f"::Câu {n}:: {_escape(question.text)} {{ {answers} }}", ""]
    return "\n".join(out)
