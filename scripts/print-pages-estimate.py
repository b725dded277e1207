#!/usr/bin/env python3
"""Printed page count of a workbook estimated from its own print setup, without an office suite.

For each sheet: A4 in its orientation, the page margins it sets (Excel's defaults otherwise), the
column widths and row heights it stores, "fit to 1 page wide" (the scale that makes the columns
fit the printable width, at most 100 %), the header row repeated on every page and the manual
page breaks. Column widths are converted as Excel does for an 11 pt font with a 7-pixel digit
(5.25 pt per character unit), so the figure is an estimate within a few per cent of what
LibreOffice or Excel print; scripts/print-pages.sh gives the exact count where soffice is at hand.

    scripts/print-pages-estimate.py autumn-2019/roster.xlsx
"""
import math
import re
import sys
import zipfile

A4 = (595.3, 841.9)  # points
POINTS_PER_WIDTH_UNIT = 5.25
DEFAULT_ROW = 15.0


def attr(tag, name, default=None):
    m = re.search(r'\b' + name + r'="([^"]*)"', tag)
    return m.group(1) if m else default


def sheet_pages(xml):
    setup = re.search(r'<pageSetup[^>]*>', xml)
    landscape = setup is not None and attr(setup.group(0), 'orientation') == 'landscape'
    margins = re.search(r'<pageMargins[^>]*>', xml)
    left = right = 0.7 * 72
    top = bottom = 0.75 * 72
    if margins:
        m = margins.group(0)
        left, right = float(attr(m, 'left', 0.7)) * 72, float(attr(m, 'right', 0.7)) * 72
        top, bottom = float(attr(m, 'top', 0.75)) * 72, float(attr(m, 'bottom', 0.75)) * 72
    page_w, page_h = (A4[1], A4[0]) if landscape else A4
    printable_w, printable_h = page_w - left - right, page_h - top - bottom
    width = 0.0
    for col in re.finditer(r'<col [^>]*>', xml):
        c = col.group(0)
        n = int(attr(c, 'max')) - int(attr(c, 'min')) + 1
        width += n * float(attr(c, 'width', 8.43)) * POINTS_PER_WIDTH_UNIT
    fit = re.search(r'<pageSetUpPr[^>]*fitToPage="(1|true)"', xml) is not None
    scale = min(1.0, printable_w / width) if fit and width > 0 else 1.0
    heights = {}
    for row in re.finditer(r'<row [^>]*>', xml):
        r = row.group(0)
        heights[int(attr(r, 'r'))] = float(attr(r, 'ht', DEFAULT_ROW))
    if not heights:
        return 1
    last = max(heights)
    breaks = sorted(int(attr(b.group(0), 'id')) for b in re.finditer(r'<brk [^>]*>', xml.split('<rowBreaks')[-1])) \
        if '<rowBreaks' in xml else []
    # the repeated header row: none on the first page; every later page starts with it
    repeat = 0.0
    usable = printable_h / scale
    pages = 0
    segments = []
    start = 1
    for b in breaks + [last]:
        segments.append((start, b))
        start = b + 1
    for a, b in segments:
        y = 0.0
        pages += 1
        for r in range(a, b + 1):
            h = heights.get(r, DEFAULT_ROW)
            if y + h > usable:
                pages += 1
                y = repeat
            y += h
        # after the first page break the header row (row 1 of a seat table) is printed again
        repeat = heights.get(1, DEFAULT_ROW)
    return pages


def main(paths):
    for path in paths:
        with zipfile.ZipFile(path) as z:
            workbook = z.read('xl/workbook.xml').decode()
            names = re.findall(r'<sheet [^>]*name="([^"]*)"', workbook)
            total = 0
            parts = []
            for i, name in enumerate(names, 1):
                n = sheet_pages(z.read('xl/worksheets/sheet%d.xml' % i).decode())
                parts.append('%s %d' % (name, n))
                total += n
            print('%s: about %d A4 page(s) (%s)' % (path, total, ', '.join(parts)))


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit('usage: print-pages-estimate.py FILE.xlsx ...')
    main(sys.argv[1:])
