"""What a report says was paid out — a total handed out, what so many got between them, what has been paid so
far, a fund and its parts — not the standard one receives. The award reader (awards.py) sets these aside, and
the per-unit reader asks the same of a sum per unit ("按每人每月N元标准合计拨付…")."""

from __future__ import annotations

from zhengce import rx as re

# money reported as paid out in total ("共计发放…补贴N元", "已拨付资金N万元")
PAID_OUT = re.compile(r"对[^,;。]{0,30}?\d+\s*家(?:企业|单位)[^,;。\d]{0,6}?(?:奖励|补助|补贴|奖补)(?:资金)?\s*$"  # (a sum for N firms)
                      r"|向各(?:镇|乡镇|街道|区|县|市)[^,;。\d]{0,6}?拨付[^,;。\d]{0,12}$|[\]〕]\s*\d{1,4}\s*号(?:文件?)?中?(?:拨付|下达)[^,;。\d]{0,24}$|"  # (a transfer to the towns, or under a numbered document: "某财发〔某年〕N号中拨付…M万元")
                      r"(?:共计|合计|总计|累计|已|共)(?:发放|拨付|兑现|兑付|支付|下达)[^,;。\d]{0,24}$"
                      # ("累计为N户发放补贴M万元": paid to so many, a report)
                      r"|(?:共计|合计|总计|累计)[^,;。]{0,16}?\d+\s*(?:家|个|人|户|名|人次)[^,;。\d]{0,10}?(?:发放|拨付|兑现|兑付|支付)[^,;。\d]{0,12}$"
                      # ("N位大师共获M万元", "N个村共获奖补M万元": what so many got together, a report)
                      r"|\d+\s*(?:家|个|位|名|人|户)[^,;。\d]{0,16}?(?:共|共计|合计|累计)(?:获|获得|领取|领到|享受)[^,;。\d]{0,8}$"
                      r"|(?:共计|合计|总计)(?:补助|补贴|奖励|奖补|资助)(?:资金)?\s*$"
                      # ("符合条件的对象N户M人,每月发放N元": what so many are paid together)
                      r"|\d+\s*(?:户|家)\s*\d+\s*(?:人|名)\s*[,,]\s*(?:每月|每年)?(?:共)?(?:发放|拨付|兑现)[^,;。\d]{0,8}$")
# paid out to those counted, "共向/为N家企业兑现资金" (not a condition counting them, "对新增5家以上…的,兑现奖励")
PAID_TO_COUNTED = re.compile(r"(?:共|累计|合计|先后)向?[^,,。;;]{0,20}?\d+\s*(?:家|个|户|人)次?[^,,。;;]{0,12}?(?:拨付|兑现|发放|下达|落实)"
                             r"[^,,。;;]{0,10}?$"
                             r"|(?:^|[,,;;])\s*[^,,。;;每]{0,10}?(?:为|向|对|给)[^,,。;;每]{0,24}?\d+\s*(?:家|个|户|名)(?!以上|及以上|[((]含)"
                             r"[^,,。;;]{0,12}?(?:拨付|兑现|发放|下达|落实)[^,,。;;]{0,14}?$"
                             # ("某市27家企业获某级专项奖励N万元": what those counted got between them, a report)
                             r"|(?<![每达超满])\d+\s*(?:家|个|户|名)(?:企业|单位|项目)?(?!以上|及以上|[((]含)(?:共|分别|合计)?(?:获|获得|拿到)"
                             r"[^,,。;;\d]{0,16}?(?<!各)$")  # (not "…获某某奖补各N万元": each one's award)

# a report's words for what has been paid up to now ("至目前…兑付", "截至…累计")
SO_FAR = re.compile(r"至目前|截至|截止|目前已|累计|共计")
# a total of funds, then its parts after 其中 ("总额度N万元,其中…")
SPLIT_OF_TOTAL = re.compile(r"(?:总额度?|总计|共计|合计|总规模|资金规模|资金总量|(?:下达|追加|拨付)[^。;,]{0,30}?(?:资金|经费))(?:为|达)?\s*[\d.]+\s*[万亿]?元[,,]\s*其中[^。;]*$")
