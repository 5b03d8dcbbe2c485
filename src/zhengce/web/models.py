"""Response models of the JSON twins, so /openapi.json describes what each `/api/x` returns.

The twins return the very dict their page renders (zhengce.web.render.page); these models name its
fields and say in Chinese what they hold. Models allow extra fields: a page may add a field before
its model names it, and the description stays true. `RESPONSE_MODELS` maps a page path to its model;
page() uses it when the page does not name one itself.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class DocRef(_Open):
    id: str = Field(description="文件引用编号（库内稳定编号，可加 @版本号）")
    title: str | None = Field(None, description="标题")
    region: str | None = Field(None, description="地区，如 杭州市余杭区")
    year: int | None = Field(None, description="政策年度")
    level: str | None = Field(None, description="层级代码：province、city、district、county、national")
    status: str | None = Field(None, description="状态代码：final（正式稿）、draft（征求意见稿）")
    kind: str | None = Field(None, description="类型代码：policy（政策）、rules（实施细则）、notice（申报通知）")
    doc_number: str | None = Field(None, description="文号")


class ArticleRef(_Open):
    id: str = Field(description="条款引用编号")
    no: int | None = Field(None, description="条号")
    heading: str | None = Field(None, description="条款标题")


class Page(_Open):
    title: str = Field(description="页面标题")


class HomePage(Page):
    counts: dict[str, Any] = Field(default_factory=dict, description="库中文件、条款等数量")
    regions: dict[str, Any] = Field(default_factory=dict, description="各地区文件数")
    years: list[Any] = Field(default_factory=list, description="各年度文件数")
    latest: list[dict[str, Any]] = Field(default_factory=list, description="最新入库文件")
    topics: list[Any] = Field(default_factory=list, description="常用专题")


class DocsPage(Page):
    filters: dict[str, Any] = Field(description="所用筛选条件")
    documents: list[DocRef] = Field(description="符合条件的文件（最新版本）")
    facets: dict[str, list[Any]] = Field(description="各筛选项的取值及文件数")
    total: int = Field(description="库中文件总数")


class Warning(_Open):
    code: str = Field(description="提示代码（英文，供程序使用）")
    meaning: str = Field(description="提示的含义，如 标题由正文推断")
    message: str = Field(description="具体说明")


class DocumentPage(_Open):
    """一个文件；编号指向章节或条款时（如 …/d2/s1/a3），为该条款（type、article、section）及其所在文件。"""

    title: str | None = Field(None, description="页面标题（文件标题）")
    type: str | None = Field(None, description="编号指向章节或条款时：section 或 article")
    article: dict[str, Any] | None = Field(None, description="编号指向的条款：原文、责任单位、数字条款")
    document: dict[str, Any] = Field(description="文件信息：发文机关、地区、文号、日期、资金总额、有效期等")
    cite_id: str | None = Field(None, description="本文件的库内编号")
    doc_cite: str | None = Field(None, description="出处：地区、年度、标题和文号")
    warnings: list[Warning] = Field(default_factory=list, description="解读提示")
    deadlines: list[dict[str, Any]] = Field(default_factory=list, description="文件中的时限")
    sections: list[dict[str, Any]] = Field(default_factory=list, description="章节及其条款（条款中的数字条款已解释）")
    points: list[dict[str, Any]] = Field(default_factory=list, description="无章节文件的各段")
    unplaced_provisions: list[dict[str, Any]] = Field(default_factory=list, description="未能定位到条款原文的数字条款")
    incentive_count: int = Field(0, description="奖励补助条款数")
    versions: list[dict[str, Any]] = Field(default_factory=list, description="入库版本")
    series_members: list[dict[str, Any]] = Field(default_factory=list, description="同一政策的其他文本")


class SearchHit(_Open):
    document: DocRef
    article: dict[str, Any] = Field(description="命中的条款：id、条号、标题")
    section: dict[str, Any] | None = Field(None, description="所在章节")
    citation: str = Field(description="出处：地区、年度、标题、文号和条号")
    snippet: str = Field(description="摘要（命中词以【】标出）")
    provisions: list[dict[str, Any]] = Field(default_factory=list, description="该条的奖励补助（与关键词相关者优先）")


class SearchPage(Page):
    q: str = Field(description="关键词")
    filters: dict[str, Any] = Field(description="所用筛选条件")
    page: int = Field(description="页码")
    more: bool = Field(description="是否还有下一页")
    results: list[SearchHit] = Field(description="命中条款")
    searched: bool = Field(description="是否已检索（有关键词或筛选条件）")
    topic_url: str | None = Field(None, description="按同样年度、地区做专题对比的链接")


class CompareResult(_Open):
    a: DocRef
    b: DocRef
    counts: dict[str, int] = Field(description="各类变化的条款数：changed、added、removed、split、merged、unchanged")
    metadata: list[dict[str, Any]] = Field(description="变化的文件信息：field（代码）、label（中文名）、a_text、b_text")
    metadata_table: list[dict[str, Any]] = Field(description="页面所示文件信息表（含未变项）")
    sections: list[dict[str, Any]] = Field(description="章节对照及预算变化")
    rows: list[dict[str, Any]] = Field(description="逐条对照，数字变化已标出")


class ComparePage(Page):
    a: str | None = Field(None, description="文件 A 的引用编号")
    b: str | None = Field(None, description="文件 B 的引用编号")
    changed_only: bool = False
    suggestions: list[dict[str, Any]] = Field(default_factory=list, description="同一政策的其他文本")
    result: CompareResult | None = Field(None, description="对比结果（选了两个文件时）")


class TopicValue(_Open):
    label: str = Field(description="地区和年度")
    document: DocRef
    article: ArticleRef
    amount_yuan: Any = Field(description="该事项本身的奖励金额，单位元")
    wan: Any = Field(description="同一金额，单位万元（图表所用）")
    trigger: str | None = Field(None, description="奖励对象与条件")
    shared: bool = Field(description="该条同时奖励其他对象（上限可能不专属于该事项）")


class TopicPage(Page):
    topic: str = Field(description="事项，如 高新技术企业")
    year: int | None = None
    region: str | None = None
    include_drafts: bool = False
    rows: list[dict[str, Any]] = Field(description="各文件提到该事项的条款，附金额与原文")
    chart_values: list[TopicValue] = Field(default_factory=list, description="图表取值：每个文件一项")
    chart: dict[str, Any] | None = Field(None, description="ECharts 图表配置")
    documents_without: list[dict[str, Any]] = Field(default_factory=list,
                                                    description="符合筛选条件但未提及该事项的文件")


class BudgetsPage(Page):
    year: int | None = None
    include_drafts: bool = False
    documents: list[dict[str, Any]] = Field(description="各文件的资金总额、各领域预算及合计；over_total_yuan 为合计超出总额的部分")
    labels: list[str] = Field(default_factory=list, description="各文件的地区与年度")
    domains: list[dict[str, Any]] = Field(default_factory=list, description="按领域归并的各文件章节预算")
    charts: dict[str, Any] = Field(description="ECharts 图表配置")


class CheckPage(Page):
    entity: str | None = Field(None, description="主体类型代码")
    values: dict[str, Any] = Field(default_factory=dict, description="表单所填内容")
    result: dict[str, Any] | None = Field(None, description="测算结果：可享受、需补充信息、接近可得、不符合，各附依据")


class CallsPage(Page):
    result: dict[str, Any] | None = Field(None, description="申报日历：各项申报及截止时间，附原文")


class BatchPage(Page):
    max_mb: Any = Field(None, description="上传文件大小上限（MB）")
    max_rows: int | None = Field(None, description="名册行数上限")


class BatchJobPage(Page):
    job: dict[str, Any] | None = Field(None, description="批量测算任务的进度与结果")


class SimulatePage(Page):
    summary: dict[str, Any] | None = Field(None, description="模拟结果汇总")


class ReviewPage(Page):
    review: dict[str, Any] | None = Field(None, description="审核中的规则文件")


class ConsolePage(Page):
    pass


class LoginPage(Page):
    signed_in: Any = Field(None, description="已登录用户")


RESPONSE_MODELS: dict[str, type[BaseModel]] = {
    "/": HomePage, "/login": LoginPage, "/docs": DocsPage, "/docs/{doc_id:path}": DocumentPage,
    "/search": SearchPage, "/compare": ComparePage, "/compare/topic": TopicPage, "/budgets": BudgetsPage,
    "/check": CheckPage, "/calls": CallsPage, "/batch": BatchPage, "/batch/{job_id}": BatchJobPage,
    "/simulate": SimulatePage, "/rules/review": ReviewPage, "/rules/review/{token}": ReviewPage,
    "/anxinbao": ConsolePage,
}


class SignedIn(_Open):
    user: dict[str, Any] = Field(description="登录用户：用户名、显示名、角色")
    csrf_token: str = Field(description="之后的修改类请求在 X-CSRF-Token 请求头中带上此令牌")


class SignedOut(_Open):
    signed_out: bool = True


class CheckResult(_Open):
    profile: dict[str, Any] = Field(description="所测算的主体")
    date: str = Field(description="评估日期")
    entitlements: list[dict[str, Any]] = Field(description="可享受的奖励补助，各附依据（citation.text 为出处）和原文")
    total: dict[str, Any] = Field(description="合计")
    needs_info: list[dict[str, Any]] = Field(default_factory=list, description="还需补充信息的项目")
    near_misses: list[dict[str, Any]] = Field(default_factory=list, description="接近可得的项目")
    not_eligible: list[dict[str, Any]] = Field(default_factory=list, description="条件不符的项目及原因")


class BatchJob(_Open):
    id: str | None = Field(None, description="任务编号")
    state: str | None = Field(None, description="状态代码：queued、running、done、failed")
    done: int | None = Field(None, description="已处理行数")
    total: int | None = Field(None, description="总行数")


class SimulateResult(_Open):
    summary: dict[str, Any] | None = Field(None, description="模拟结果汇总")


class ReviewView(_Open):
    token: str | None = Field(None, description="审核编号")
    rules: list[dict[str, Any]] | None = Field(None, description="各条规则及审核状态")
