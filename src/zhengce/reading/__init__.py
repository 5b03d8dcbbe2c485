"""Reading policy documents: files → normalized text → documents with structure and metadata."""

from zhengce.reading.model import Article, Document, Section, Warning_
from zhengce.reading.normalize import Normalized, normalize
from zhengce.reading.pipeline import parse_text, read_path

__all__ = ["Article", "Document", "Section", "Warning_", "Normalized", "normalize", "parse_text", "read_path"]
