#!/usr/bin/env python3
"""bench/density.py: how dense in figures, mentions and claims a corpus is, from claimtrace's output.

    bench/density.py OUT.jsonl...     # OUT: `claimtrace extract` output over a corpus

scripts/bench uses it to show that its generated corpus is as dense as real report
pages (../shared/corpus/real); bench/gen_corpus.py is calibrated with it.

For each output it groups the documents by format (the document record's
media_type: text/html, or anything else as text), re-reads each source by its
"doc" path and counts its visible text:

  HTML  the text nodes outside <script>, <style>, <noscript> and <template>, as
        Python's html.parser gives them (entities decoded), each with its runs of
        whitespace collapsed to one space and trimmed, in UTF-8 bytes;
  text  the whole file with runs of whitespace collapsed to one space.

and reports per format: pages, source MB, visible text as a share of the source
bytes, figures (money + percent mentions) per KB of visible text, all mentions
per KB, claims per KB (KB = 1000 bytes). Every count is claimtrace's own.
"""
import collections
import re
import sys
from html.parser import HTMLParser

HIDDEN = ("script", "style", "noscript", "template")
WS = re.compile(r"\s+")
WS_B = re.compile(rb"\s+")


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.bytes = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.bytes += len(WS.sub(" ", data).strip().encode("utf-8"))


def visible_bytes(data, is_html):
    if is_html:
        p = _Visible()
        p.feed(data.decode("utf-8", "replace"))
        p.close()
        return p.bytes
    return len(WS_B.sub(b" ", data).strip())


def _field(line, name):
    """The string value of "name" in a JSON line written by claimtrace (keys and
    simple values only; a doc path with escapes is decoded by the caller)."""
    key = b'"' + name + b'":"'
    i = line.find(key)
    if i < 0:
        return None
    i += len(key)
    j = i
    while True:
        j = line.find(b'"', j)
        if line[j - 1:j] != b"\\":
            return line[i:j]
        j += 1


def count(jsonl_path):
    """{format: Counter(pages, bytes, visible, mentions, figures, claims, <kind>...)} for one output."""
    import json
    media, per_doc = {}, collections.defaultdict(collections.Counter)
    with open(jsonl_path, "rb") as f:
        for line in f:
            head = line[:20]
            if head.startswith(b'{"type":"mention"'):
                doc = _field(line, b"doc")
                kind = _field(line, b"kind").decode()
                c = per_doc[doc]
                c["mentions"] += 1
                c[kind] += 1
                if kind in ("money", "percent"):
                    c["figures"] += 1
            elif head.startswith(b'{"type":"claim"'):
                per_doc[_field(line, b"doc")]["claims"] += 1
            elif head.startswith(b'{"type":"document"'):
                media[_field(line, b"doc")] = (_field(line, b"media_type") or b"").decode()
    out = collections.defaultdict(collections.Counter)
    for doc, mt in media.items():
        path = json.loads(b'"' + doc + b'"')
        with open(path, "rb") as f:
            data = f.read()
        fmt = "html" if mt == "text/html" else "text"
        a = out[fmt]
        a["pages"] += 1
        a[fmt + "_pages"] += 1
        a["bytes"] += len(data)
        a["visible"] += visible_bytes(data, fmt == "html")
        a.update(per_doc.get(doc, {}))
    return dict(out)


def merge(*counts):
    total = collections.Counter()
    for c in counts:
        total.update(c)
    return total


def figures(c):
    """(visible share, figures/KB, mentions/KB, claims/KB) of one Counter."""
    v = c["visible"] or 1
    return (c["visible"] / (c["bytes"] or 1), c["figures"] * 1000 / v, c["mentions"] * 1000 / v,
            c["claims"] * 1000 / v)


def table(rows):
    """rows: [(label, Counter)] -> a Markdown table."""
    lines = ["| corpus | pages | MB | visible text | figures/KB | mentions/KB | claims/KB |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for label, c in rows:
        vis, f, m, cl = figures(c)
        # The visible share of a mix of HTML and text pages means nothing: left out.
        shown = f"{100 * vis:.1f}%" if c["pages"] in (c["html_pages"], c["text_pages"]) else "-"
        lines.append(f"| {label} | {c['pages']} | {c['bytes'] / 1e6:.2f} | {shown} | {f:.2f} | {m:.2f} | {cl:.2f} |")
    return "\n".join(lines)


def main(paths):
    if not paths:
        sys.exit(__doc__)
    rows = []
    for p in paths:
        for fmt, c in sorted(count(p).items()):
            rows.append((f"{p}: {fmt}", c))
    print(table(rows))


if __name__ == "__main__":
    main(sys.argv[1:])
