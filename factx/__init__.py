"""factx: financial facts from Chinese news, as grounded JSON records.

    >>> import factx
    >>> records = factx.extract_text("阿里財報\\n阿里第三季度營收2477.95億元，同比增長5%")
    >>> factx.quantities("約7億美元")[0].value
    700000000
"""
from .models import Record, json_schema
from .pipeline import DocResult, Extractor, extract_text
from .quantities import Quantity, quantities
from .sources import Document

__all__ = ["Record", "json_schema", "Extractor", "DocResult", "extract_text", "Quantity", "quantities",
           "Document", "extract"]
__version__ = "0.1.0"


def extract(paths, date=None, rules_dirs=None):
    """Records of every document under `paths` (files, folders), in order."""
    ex = Extractor(rules_dirs)
    for item in ex.extract_paths(list(paths), date=date):
        if isinstance(item, DocResult):
            yield from item.records
