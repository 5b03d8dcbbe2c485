"""Money as integer fen: the shared zhengce.programs.core.money."""

from zhengce.programs.core.money import (MAX_AMOUNT_FEN, MAX_BALANCE_FEN, MAX_TEXT, MAX_TOTAL_FEN,  # noqa: F401
                                         fen_times, parse_positive_yuan, parse_ratio, parse_yuan, yuan)
