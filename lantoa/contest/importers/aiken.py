"""Aiken (Moodle): the question on one line, options "A. …" / "A) …", then "ANSWER: B";
questions separated by blank lines."""

import re

from django.utils.translation import gettext as _

from . import ParsedQuestion, check

OPTION = re.compile(r"^([A-Z])[.)]\s+(.*)$")
ANSWER = re.compile(r"^ANSWER:\s*([A-Z])\s*$")


def parse(text: str) -> list[ParsedQuestion]:
    questions: list[ParsedQuestion] = []
    errors: list[str] = []
    block: list[tuple[int, str]] = []

    def finish():
        if not block:
            return
        first_line, question = block[0]
        where = _("Question at line %(line)d") % {"line": first_line}
        options, answer = [], None
        for number, line in block[1:]:
            option = OPTION.match(line)
            answer_match = ANSWER.match(line)
            if answer_match:
                answer = answer_match.group(1)
            elif option and answer is None:
                options.append((option.group(1), option.group(2).strip()))
            else:
                errors.append(_("Line %(line)d: expected an option “A. …” or “ANSWER: X”: %(text)s")
                              % {"line": number, "text": line[:60]})
                return
        if answer is None:
            errors.append(_("%(where)s: no line “ANSWER: X”.") % {"where": where})
            return
        letters = [letter for letter, _t in options]
        if answer not in letters:
            errors.append(_("%(where)s: the answer is %(answer)s but there is no option %(answer)s.")
                          % {"where": where, "answer": answer})
            return
        questions.append(ParsedQuestion(text=question, where=where,
                                        choices=[(t, letter == answer) for letter, t in options]))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
            block = []
            continue
        if block and ANSWER.match(block[-1][1]):
            finish()  # no blank line after ANSWER: a new question starts
            block = []
        block.append((number, line))
    finish()
    return check(questions, errors)


def export(questions) -> str:
    out = []
    for question in questions:
        choices = list(question.choices.all())
        out.append(" ".join(question.text.split()))
        out += [f"{'ABCDEF'[i]}. {c.text}" for i, c in enumerate(choices)]
        out.append(f"ANSWER: {'ABCDEF'[next(i for i, c in enumerate(choices) if c.is_correct)]}")
        out.append("")
    return "\n".join(out)
