/**
 * Rule data for the narrative checks (format.md §4.3 R2-05, §4.1 R3-08, §4.5 RD-04 … RD-07, and
 * RD-10): which check each rule runs and the words, sections and cells it reads. RD-07 runs three
 * checks, so it has three ids: RD-07a (another body's place names), RD-07b (another year),
 * RD-07c (五 copied from last year). Both editions run
 * `narrativeRules()`; gb2021 adds `narrativeRules2021()` (信息处理费, 制发/废止/现行有效).
 * All are warnings: a clerk fixes the text or explains it.
 */
import type { ProcessingFeeDef, RuleDef } from "../types.ts";

const GOVERNMENTS = ["township", "county-government"] as const;

/** two-character words that stand before 镇/县… without naming a place (按照区人民政府, 围绕镇党委) */
const COMMON_WORDS = (
  "按照 根据 依照 遵照 依据 遵循 配合 协助 帮助 支持 服务 落实 贯彻 执行 实施 报送 上报 报请 报告 汇报 请示 听取 经过 通过 " +
  "经由 接受 接到 收到 服从 参加 参与 召开 举办 以及 会同 联合 结合 对照 关于 由于 协调 统筹 督促 指导 监督 检查 考核 评议 " +
  "要求 规定 提请 呈报 邀请 组织 主持 印发 转发 下发 制定 出台 发布 公布 代表 受到 得到 获得 荣获 实现 完成 坚持 属于 隶属 " +
  "所属 直属 派驻 驻在 位于 设在 来自 负责 承担 作为 成为 协同 牵头 对接 深入 前往 来到 走进 进入 依托 借助 利用 充分 纳入 " +
  "列入 报经 提交 递交 送交 抄送 审议 审定 审核 审批 批准 同意 授权 委托 指定 研究 讨论 部署 安排 建立 成立 组建 调整 充实 " +
  "优化 完善 健全 加强 推进 推动 开展 设立 设置 明确 确定 形成 实行 加大 强化 提升 提高 增强 拓展 发挥 围绕 紧扣 紧跟 紧紧 " +
  "依法 全面 切实 认真 各个 所有 整个 基层 上级 下级 全体 相关 有关 各级 乡级 县级 区级 市级 镇级 一级 两级 三级 乡镇 城乡 " +
  "市县 县乡 县区 区县 成员 领导"
).split(" ");

/** characters that end verbs and function words far more often than place names (…绕镇党委) */
const NOT_NAME_ENDINGS =
  "绕扣跟紧务持助告示取受到交出由过托借照据循彻实施动进强善全立整确置责担头筹调配与加办织展署排究论议核批准意权派驻于自员导促督查求发布挥升增拓法真个有级层" +
  // function words
  "以用在对向及经从为把被将给所之的了其这那是至按依凭随替让令使请叫比较而且并或即则就都也还又再才已曾要会能可应须需得每各诸某本该此";

export function narrativeRules(): RuleDef[] {
  return [
    {
      id: "RD-04",
      severity: "W",
      title: "正文中的申请、复议诉讼、收费金额和规范性文件数字与表格一致",
      kind: "document",
      check: "narrative-figures",
      options: { groups: ["applications", "review", "fees", "docs-made"] },
    },
    {
      id: "RD-05",
      severity: "W",
      title: "人民政府的总体情况写明工作考核、社会评议和责任追究结果",
      kind: "document",
      check: "narrative-mentions",
      options: {
        section: "overview",
        orgKinds: GOVERNMENTS,
        topics: [
          { name: "工作考核", words: "考核|考评|绩效" },
          { name: "社会评议", words: "评议|满意度|测评|群众评价|社会评价" },
          { name: "责任追究", words: "责任追究|追责|问责|追究" },
        ],
        reason: "人民政府的年度报告应写明工作考核、社会评议和责任追究结果情况（条例第五十条）",
      },
    },
    {
      id: "RD-07a",
      severity: "W",
      title: "正文没有把其他乡镇、街道或县区写成本单位",
      kind: "document",
      check: "narrative-foreign-places",
      options: {
        suffixes: { township: ["镇", "乡", "街道", "县", "区"], "county-government": ["县", "区"] },
        bodyWords:
          "人民政府|党委|党工委|党政办|党政综合办|政务公开|政府信息公开|信息公开领导小组|信息公开工作领导小组|便民服务中心|办事处",
        notNames: {
          镇: "我本全该各乡城集小村重强名古市县区省和与及到在驻赴进回留返于对此两每至邻个等范点心制由经向从为把被将给所之的了其这那是",
          乡: "我本全该各城下家故老同还返回异他水梦侨原和与及到在由经向从为把被将给所之的了其这那是",
          街道: "我本全该各镇乡个和与及等城在到由经向从为把被将给所之的了其这那是",
          县: "我本全该各市州省和与及邻外两区乡郡在到由经向从为把被将给所之的了其这那是",
          区: "我本全该各社辖园景城专小片地山库发范新市能务郊军灾牧林矿街校县和与及老湾护游验管特港合业点功在到由经向从为把被将给所之的了其这那是",
        },
        commonWords: COMMON_WORDS,
        notNameEndings: NOT_NAME_ENDINGS,
        outside:
          "与|和|同|向|赴|到|前往|学习|借鉴|邻近|相邻|兄弟|协助|配合|联合|参观|考察|交流|对接|协调|原|撤并|合并|划入|并入|对口|帮扶|支援",
      },
    },
    {
      id: "RD-07b",
      severity: "W",
      title: "正文没有把其他年度当作本年度",
      kind: "document",
      check: "narrative-other-year",
      options: {
        selfWords: "(?:我|本|全|该)(?:镇|乡|街道|县|区|市|局|委|办|单位|机关|中心|部门|院|所|站)",
        lookingBack: "上年|上一年|去年|相比|较|同比|报告|整改|提出|指出|以来|至今|开始|起|获|评为",
        lookingAhead: "将|拟|计划|力争|要|预计|争取|继续|进一步|下一步|打算|目标",
        titleLead: "现就|现将|特将|特此|本报告|编制|发布|公布",
        titleEvent: "按时|按期|如期|及时|准时|已|了|月",
      },
    },
    {
      id: "RD-07c",
      severity: "W",
      title: "存在的主要问题及改进情况不照搬上年报告",
      kind: "document",
      check: "narrative-copied",
      options: { section: "problems", threshold: 0.8, minLength: 40 },
    },
    {
      id: "RD-10",
      severity: "W",
      title: "法规名称、文号书写正确，没有常见错别字",
      kind: "document",
      check: "narrative-wording",
    },
  ];
}

/** gb2021's 信息处理费 (国办函〔2020〕109号): what 六 must state, which the guidance, the sentences and RD-06 / R3-08 read. */
export const PROCESSING_FEE: ProcessingFeeDef = {
  section: "other",
  guidance:
    "写明本年度是否收取信息处理费（依据《政府信息公开信息处理费管理办法》，国办函〔2020〕109号）；未收取也要写明",
  statement: "本年度未收取信息处理费。",
  unpaidCell: "apply.result.other.feeUnpaid.total",
};

export function narrativeRules2021(): RuleDef[] {
  return [
    {
      id: "R2-05",
      severity: "W",
      title: "正文中规章、行政规范性文件的制发、废止、现行有效件数与表二一致",
      kind: "document",
      check: "narrative-figures",
      options: { groups: ["docs-issued"] },
    },
    {
      id: "RD-06",
      severity: "W",
      title: "其他需要报告的事项写明信息处理费收取情况（未收取也要写明）",
      kind: "document",
      check: "narrative-mentions",
      options: {
        section: PROCESSING_FEE.section,
        topics: [
          {
            name: "信息处理费收取情况",
            // 信息处理费; 未收取…费用; 未收费 / 没有收费 / 未向申请人收费; 收取费用0元
            words:
              "信息处理费|处理费|(?:未|没有|不|无)[^。；\\n]{0,8}收取[^。；\\n]{0,12}费|(?:未|没有|不|无)[^。；，,\\n]{0,8}收[^。；，,\\n]{0,8}?费|收取?费用?[^。；，,\\n]{0,4}?(?:0|０|零)",
          },
        ],
        reason:
          "应写明本年度是否收取信息处理费（《政府信息公开信息处理费管理办法》，国办函〔2020〕109号），未收取也要写明",
      },
    },
    {
      id: "R3-08",
      severity: "W",
      title: "有逾期未缴费不再处理的申请时，其他需要报告的事项说明信息处理费",
      kind: "document",
      check: "narrative-mentions",
      options: {
        section: PROCESSING_FEE.section,
        whenNonZero: [PROCESSING_FEE.unpaidCell],
        topics: [{ name: "信息处理费或收费通知", words: "信息处理费|收费通知|缴纳费用|缴费" }],
        reason: "表三有申请人逾期未按收费通知缴纳费用、不再处理的申请，应说明信息处理费的收取情况",
      },
    },
  ];
}
