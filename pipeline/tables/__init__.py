"""Budget and final-accounts tables as tidy data, checked (the ``tables`` of a record).

The stages, each a module of pure functions that know nothing of spaCy:

1. ``layout``: a PDF page's characters and ruling lines, from pypdfium2 (the text layer);
2. ``lines``: characters → text lines (low glyphs such as 、 and . placed on their line);
3. ``detect``: a table's head: its title (…表) above a unit line (单位：万元);
4. ``grid``: the ruled region under a head → leaf columns, header paths, body rows of text;
   ``pdf`` joins a table continued over pages; ``markup`` does the same for DOCX and HTML;
5. ``interpret``: column roles (code, label, value), two-sided tables, 科目编码, values in yuan
   (``values``);
6. ``locate``: the table's offsets in the record's text;
7. ``checks`` (sums of rows and of 类/款/项, two sides, the same quantity in two tables,
   the prose against the cells, a table the 目录 lists but the document lacks).

``document_tables(raw, format)`` runs 1–5; the spaCy component ``govreport_tables_v1``
(``pipeline.components``) adds 6–7.
"""
from .checks import table_checks
from .locate import locate
from .model import Cell, Grid, Row, Table
from .source import document_tables

__all__ = ["Cell", "Grid", "Row", "Table", "document_tables", "locate", "table_checks"]
