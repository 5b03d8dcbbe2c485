"""zhengce (政策): Chinese local-government support policies as software.

Layers, with data flowing one way:
reading (documents) -> provisions (numbers with their clause) -> library (storage, search,
comparison) -> rules (entitlements) ; programs (科创安心宝) ; web and cli on top.
"""

__version__ = "0.1.0"
