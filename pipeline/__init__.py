"""govreport: Chinese government reports to research datasets.

The stages, in order (named once, here and in ``pipeline.stages.STAGES``):

1. read          file bytes -> text (text/markdown in any encoding, PDF, DOCX, HTML)
2. normalize     width folding, line-wrap and page-break repair -> the record's ``text``
3. segment       words (owned jieba-compatible segmenter + models/userdict.txt)
4. sections      heading tree from the official numbering
5. organizations names of organizations, typed and linked
6. amounts       money as exact yuan, percentages, scores, consistency checks
7. metadata      title, year, region, reporting body, report type
8. write         one JSON object per line, keys in a fixed order

Stages 3-7 form a spaCy pipeline (``load()``); 1, 2 and 8 run around it.
"""
from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

CONFIG_PATH = Path(__file__).with_name("config.cfg")


def load(config_path: Path | str | None = None):
    """The govreport spaCy ``Language``: ``doc = load()(text)`` gives sections, organizations,
    amounts, tables (of a PDF, DOCX or HTML document processed through ``pipeline.process``) and
    metadata on ``doc._`` and ``doc.spans``."""
    from spacy.util import load_config, load_model_from_config

    from . import components, tokenizer  # noqa: F401  (register factories and the tokenizer)

    config = load_config(config_path or CONFIG_PATH)
    return load_model_from_config(config, auto_fill=True, validate=True)
