<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeploymentEditor</name>
    <message>
        <source>TP · PP · EP</source>
        <translation>TP · PP · EP</translation>
    </message>
    <message>
        <source>Tokens in · out</source>
        <translation>输入 · 输出 token</translation>
    </message>
    <message>
        <source>Prefill · decode GPUs</source>
        <translation>Prefill · Decode GPU</translation>
    </message>
    <message>
        <source>TTFT · TPOT limits</source>
        <translation>TTFT · TPOT 限值</translation>
    </message>
    <message>
        <source>MTP tokens · acceptance</source>
        <translation>MTP token 数 · 接受率</translation>
    </message>
</context>
<context>
    <name>N1Case</name>
    <message>
        <source>cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>power</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>N−%1: %2</source>
        <translation>N−%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%2设备的 %1</translation>
    </message>
    <message>
        <source>N−1 and N−2</source>
        <translation>N−1 和 N−2</translation>
    </message>
    <message>
        <source>N−1</source>
        <translation>N−1</translation>
    </message>
    <message>
        <source>1 case (%1), </source>
        <translation>1 个工况（%1）， </translation>
    </message>
    <message>
        <source>%1 cases (%2), </source>
        <translation>%1 个工况（%2）， </translation>
    </message>
    <message>
        <source>none breaks ASHRAE allowable.</source>
        <translation>均未超出 ASHRAE 允许范围。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>1 breaks ASHRAE allowable: %1.</source>
        <translation>1 个超出 ASHRAE 允许范围：%1。</translation>
    </message>
    <message>
        <source>%1 break ASHRAE allowable: %2.</source>
        <translation>%1 个超出 ASHRAE 允许范围：%2。</translation>
    </message>
    <message>
        <source>Shortest time to limit: %1 min (%2).</source>
        <translation>最短达到限值时间：%1 min（%2）。</translation>
    </message>
    <message>
        <source>1 rack</source>
        <translation>1 个机柜</translation>
    </message>
    <message>
        <source>%1 racks</source>
        <translation>%1 个机柜</translation>
    </message>
    <message>
        <source>Before any failure: max inlet %1, %2, %3 outside allowable.</source>
        <translation>任何故障发生前：最高进风温度 %1，%2，%3超出允许范围。</translation>
    </message>
    <message>
        <source>From the N−1 scan: %1 out of service.</source>
        <translation>来自 N−1 扫描：%1 停止运行。</translation>
    </message>
</context>
<context>
    <name>N1Panel</name>
    <message>
        <source>Run N−1 scan</source>
        <translation>运行 N−1 扫描</translation>
    </message>
    <message>
        <source>Fail each unit of the chosen kinds in turn, solve, and compare with the healthy design</source>
        <translation>依次使所选类型的每台设备故障并求解，与正常设计进行对比</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Air units and CDUs</source>
        <translation>空调机组和 CDU</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>Feeds, transformers, UPS, PDUs and the other power nodes</source>
        <translation>进线、变压器、UPS、PDU 及其他供电节点</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>N−2 (every pair as well)</source>
        <translation>N−2（同时扫描每对组合）</translation>
    </message>
    <message>
        <source>Fails every pair of units as well as each unit alone; %1 cases at most</source>
        <translation>除单台故障外，还使每两台设备同时故障；最多 %1 个工况</translation>
    </message>
    <message>
        <source>Show this case</source>
        <translation>显示此工况</translation>
    </message>
    <message>
        <source>Add the selected case as a what-if scenario and solve it, so the plan, 3D and dashboard show it (double-click a row does the same; undo removes it)</source>
        <translation>将所选工况添加为假设分析场景并求解，使平面图、3D 视图和仪表板显示该工况（双击某行效果相同；撤销可将其移除）</translation>
    </message>
    <message>
        <source>solving the healthy design</source>
        <translation>正在求解正常设计</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 is no longer in the design (or already out of service): run the scan again.</source>
        <translation>%1 已不在设计中（或已停用）：请重新运行扫描。</translation>
    </message>
    <message>
        <source>Scenario “%1” shows this case (Edit ▸ Undo removes it).</source>
        <translation>场景“%1”显示此工况（编辑 ▸ 撤销可将其移除）。</translation>
    </message>
    <message>
        <source>Fails each unit of the chosen kinds in turn, solves the design without it, and lists what it costs. Run the scan to see which failures the design does not survive.</source>
        <translation>依次使所选类型的每台设备故障，在缺少该设备的情况下求解设计，并列出其代价。运行扫描可查看设计无法承受哪些故障。</translation>
    </message>
    <message>
        <source>The design has changed since this scan: run it again. </source>
        <translation>设计在本次扫描后已更改：请重新运行。 </translation>
    </message>
    <message>
        <source>Tick at least one kind of unit to scan</source>
        <translation>请至少勾选一种要扫描的设备类型</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>AI Factory projects (*.aifactory);;All files (*)</source>
        <translation>AI Factory 项目 (*.aifactory);;所有文件 (*)</translation>
    </message>
    <message>
        <source>the %1 efficiencies credit GEMMs with %2 % of the datasheet peak</source>
        <translation>%1 效率将 GEMM 计为数据手册峰值的 %2 %</translation>
    </message>
    <message>
        <source>the %1 efficiencies stream memory faster than the GPU's measured copy bandwidth (%2 % of the HBM peak)</source>
        <translation>%1 效率下的显存流速超过该 GPU 的实测拷贝带宽（HBM 峰值的 %2 %）</translation>
    </message>
    <message>
        <source>the %1 efficiencies stream memory at %2 % of the HBM peak, so decodes that mostly stream weights (small batches) are likely under-predicted</source>
        <translation>%1 效率下的显存流速仅为 HBM 峰值的 %2 %，因此以读取权重为主的解码（小批量）很可能被低估</translation>
    </message>
    <message>
        <source>Facility-water loop</source>
        <translation>设施水回路</translation>
    </message>
    <message>
        <source>Chilled-water loop</source>
        <translation>冷冻水回路</translation>
    </message>
    <message>
        <source>Technology cooling loop (TCS)</source>
        <translation>二次侧回路(TCS)</translation>
    </message>
    <message>
        <source>Dry cooler bank</source>
        <translation>干冷器组</translation>
    </message>
    <message>
        <source>Cooling tower bank</source>
        <translation>冷却塔组</translation>
    </message>
    <message>
        <source>Chiller bank</source>
        <translation>冷水机组群</translation>
    </message>
    <message>
        <source>Heat-reuse exchanger</source>
        <translation>余热回收换热器</translation>
    </message>
    <message>
        <source>Perforated floor tile</source>
        <translation>穿孔地板送风口</translation>
    </message>
    <message>
        <source>Grate floor tile</source>
        <translation>格栅地板送风口</translation>
    </message>
    <message>
        <source>Ceiling return grille</source>
        <translation>吊顶回风口</translation>
    </message>
    <message>
        <source>Ducted return</source>
        <translation>风管回风</translation>
    </message>
    <message>
        <source>Scale-out fabric</source>
        <translation>横向扩展网络架构</translation>
    </message>
    <message>
        <source>Scale-up domain</source>
        <translation>纵向扩展域</translation>
    </message>
    <message>
        <source>Draw a hall first (Hall tool on the floor plan)</source>
        <translation>请先绘制机房（使用平面图上的“机房”工具）</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>No free 0.6 m grid position left in the hall</source>
        <translation>机房中已没有空闲的 0.6 m 网格位置</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Select the link&apos;s two ends (racks or switches) first</source>
        <translation>请先选择链路的两端（机柜或交换机）</translation>
    </message>
    <message>
        <source>What-if on the current design</source>
        <translation>基于当前设计的假设分析</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>站点 %1</translation>
    </message>
    <message>
        <source>There is one %1 per project</source>
        <translation>每个项目只有一个 %1</translation>
    </message>
    <message>
        <source>heat-rejection bank</source>
        <translation>排热设备组</translation>
    </message>
    <message>
        <source>facility or chilled-water loop</source>
        <translation>设施水或冷冻水回路</translation>
    </message>
    <message>
        <source>CDU</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>air unit</source>
        <translation>空调机组</translation>
    </message>
    <message>
        <source>TCS loop</source>
        <translation>二次侧回路(TCS)</translation>
    </message>
    <message>
        <source>rack group</source>
        <translation>机柜组</translation>
    </message>
    <message>
        <source>heat rejection goes on a facility or chilled-water loop</source>
        <translation>排热设备接在设施水或冷冻水回路上</translation>
    </message>
    <message>
        <source>a facility or chilled-water loop takes heat rejection, CDUs and air units</source>
        <translation>设施水或冷冻水回路可连接排热设备、CDU 和空调机组</translation>
    </message>
    <message>
        <source>a CDU sits between a facility or chilled-water loop and a TCS loop</source>
        <translation>CDU 位于设施水或冷冻水回路与二次侧回路(TCS)之间</translation>
    </message>
    <message>
        <source>air units take chilled water from a chilled-water loop</source>
        <translation>空调机组从冷冻水回路获取冷冻水</translation>
    </message>
    <message>
        <source>a TCS loop takes CDUs and racks</source>
        <translation>二次侧回路(TCS)可连接 CDU 和机柜</translation>
    </message>
    <message>
        <source>racks take their coolant from a TCS loop</source>
        <translation>机柜从二次侧回路(TCS)获取冷却液</translation>
    </message>
    <message>
        <source>A box cannot be connected to itself.</source>
        <translation>方框不能与自身连接。</translation>
    </message>
    <message>
        <source>Air units take chilled water: connect them to a chilled-water loop, not to %1.</source>
        <translation>空调机组使用冷冻水：请将其连接到冷冻水回路，而不是 %1。</translation>
    </message>
    <message>
        <source>A %1 and a %2 do not connect: %3; %4.</source>
        <translation>%1 与 %2 无法连接：%3；%4。</translation>
    </message>
    <message>
        <source>Two %1s do not connect: %2.</source>
        <translation>两个 %1 之间无法连接：%2。</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>将 %1 连接到 %2</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 个项目</translation>
    </message>
    <message>
        <source>A heat-rejection bank needs a loop: connect it to another loop instead, or delete the bank.</source>
        <translation>排热设备组必须接在回路上：请改为将其连接到另一回路，或删除该设备组。</translation>
    </message>
    <message>
        <source>A CDU needs a primary loop: connect it to another loop instead.</source>
        <translation>CDU 必须有一次侧回路：请改为将其连接到另一回路。</translation>
    </message>
    <message>
        <source>A CDU needs a TCS loop: connect it to another TCS loop instead.</source>
        <translation>CDU 必须有二次侧回路(TCS)：请改为将其连接到另一个二次侧回路(TCS)。</translation>
    </message>
    <message>
        <source>A rack group is the racks on one TCS loop: connect it to another TCS loop to move them, or change single racks on the floor plan.</source>
        <translation>机柜组即同一二次侧回路(TCS)上的所有机柜：将其连接到另一个二次侧回路(TCS)即可移动这些机柜，也可在平面图上修改单个机柜。</translation>
    </message>
    <message>
        <source>Disconnect %1 from chilled water</source>
        <translation>断开 %1 与冷冻水的连接</translation>
    </message>
    <message>
        <source>%1 air units</source>
        <translation>%1 台空调机组</translation>
    </message>
    <message>
        <source> loop</source>
        <translation> 回路</translation>
    </message>
    <message>
        <source>Add %1 loop</source>
        <translation>添加 %1 回路</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>恢复运行</translation>
    </message>
    <message>
        <source>Failed (what-if)</source>
        <translation>设为故障（假设分析）</translation>
    </message>
    <message>
        <source>Trip one unit (what-if)</source>
        <translation>使一台机组跳闸（假设分析）</translation>
    </message>
    <message>
        <source>Trip one pump (what-if)</source>
        <translation>使一台水泵跳闸（假设分析）</translation>
    </message>
    <message>
        <source>Pumps back in service</source>
        <translation>水泵恢复运行</translation>
    </message>
    <message>
        <source>%1 CRAHs</source>
        <translation>%1 台 CRAH</translation>
    </message>
    <message>
        <source>%1 in-row coolers</source>
        <translation>%1 台列间空调</translation>
    </message>
    <message>
        <source>%1 rear-door exchangers</source>
        <translation>%1 台背板换热器</translation>
    </message>
    <message>
        <source>%1 fan walls</source>
        <translation>%1 组风墙</translation>
    </message>
    <message>
        <source>heat pump %1 → %2</source>
        <translation>热泵 %1 → %2</translation>
    </message>
    <message>
        <source>heat network, return %1</source>
        <translation>热网，回水 %1</translation>
    </message>
    <message>
        <source>%1 × %2 (N+%3)</source>
        <translation>%1 × %2 (N+%3)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>reuses %1 (%2)</source>
        <translation>回收 %1 (%2)</translation>
    </message>
    <message>
        <source>rejects %1 (%2)</source>
        <translation>排出 %1 (%2)</translation>
    </message>
    <message>
        <source>TCS</source>
        <translation>TCS</translation>
    </message>
    <message>
        <source>PG25</source>
        <translation>PG25</translation>
    </message>
    <message>
        <source>water</source>
        <translation>水</translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>flow-limited</source>
        <translation>流量受限</translation>
    </message>
    <message>
        <source>above set-point</source>
        <translation>高于设定值</translation>
    </message>
    <message>
        <source>not N+1</source>
        <translation>不满足 N+1</translation>
    </message>
    <message>
        <source>of %1 (%2)%3</source>
        <translation>容量 %1 (%2)%3</translation>
    </message>
    <message>
        <source>supply %1, ΔT %2</source>
        <translation>供水 %1，ΔT %2</translation>
    </message>
    <message>
        <source>%1 · approach %2</source>
        <translation>%1 · 趋近温度 %2</translation>
    </message>
    <message>
        <source>load %1 (%2)</source>
        <translation>负载 %1 (%2)</translation>
    </message>
    <message>
        <source>FAILED (what-if)</source>
        <translation>故障（假设分析）</translation>
    </message>
    <message>
        <source>ALL PUMPS FAILED (what-if)</source>
        <translation>所有水泵故障（假设分析）</translation>
    </message>
    <message>
        <source>%1 of %2 pumps failed (what-if)</source>
        <translation>%2 台水泵中 %1 台故障（假设分析）</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 failed (what-if)</source>
        <translation>%1 台故障（假设分析）</translation>
    </message>
    <message>
        <source>%1 racks, %2</source>
        <translation>%1 个机柜，%2</translation>
    </message>
    <message>
        <source>%1 to liquid (%2)</source>
        <translation>液冷 %1 (%2)</translation>
    </message>
    <message>
        <source>design power</source>
        <translation>设计功率</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Base design</source>
        <translation>基准设计</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>场景：%1</translation>
    </message>
    <message>
        <source>loss: %1</source>
        <translation>损耗：%1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>粘贴 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Move %1 items</source>
        <translation>移动 %1 个项目</translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n item(s) by 90°</source>
        <translation>
            <numerusform>将 %n 个项目旋转 90°</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>复制 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect %n rack(s) to %1 (feed %2)</source>
        <translation>
            <numerusform>将 %n 个机柜连接到 %1（%2 路供电）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n rack(s) to loop %1</source>
        <translation>
            <numerusform>将 %n 个机柜分配到回路 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mount %1 on %2</source>
        <translation>将 %1 安装到 %2</translation>
    </message>
    <message>
        <source>Move hall %1</source>
        <translation>移动机房 %1</translation>
    </message>
    <message>
        <source>Resize hall %1</source>
        <translation>调整机房 %1 的大小</translation>
    </message>
    <message>
        <source>A hall needs at least %1 × %1 m: drag its rectangle</source>
        <translation>机房至少需要 %1 × %1 m：请拖动绘制其矩形</translation>
    </message>
    <message>
        <source>Draw hall %1</source>
        <translation>绘制机房 %1</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>↑ duct</source>
        <translation>↑ 风管</translation>
    </message>
    <message>
        <source>↑ return</source>
        <translation>↑ 回风</translation>
    </message>
    <message>
        <source>↓ underfloor</source>
        <translation>↓ 地板下送风</translation>
    </message>
    <message>
        <source>↑ overhead duct</source>
        <translation>↑ 顶部风管送风</translation>
    </message>
    <message numerus="yes">
        <source>Create row of %n rack(s)</source>
        <translation>
            <numerusform>创建含 %n 个机柜的机柜列</numerusform>
        </translation>
    </message>
    <message>
        <source>Create aisle pair of 2 x %1 racks</source>
        <translation>创建通道对（2 列 × %1 个机柜）</translation>
    </message>
    <message>
        <source>Draw containment %1</source>
        <translation>绘制通道封闭 %1</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>放置 %1</translation>
    </message>
    <message>
        <source>  ·  %1</source>
        <translation>  ·  %1</translation>
    </message>
    <message>
        <source>  ·  raised floor %1</source>
        <translation>  ·  架空地板 %1</translation>
    </message>
    <message>
        <source>  ·  ceiling-plenum return</source>
        <translation>  ·  吊顶静压箱回风</translation>
    </message>
    <message>
        <source>  ·  ducted return</source>
        <translation>  ·  风管回风</translation>
    </message>
    <message>
        <source>%1: %2, %3 % open</source>
        <translation>%1：%2，开孔率 %3 %</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>送风口</translation>
    </message>
    <message>
        <source>Grate</source>
        <translation>格栅送风口</translation>
    </message>
    <message>
        <source>Return grille</source>
        <translation>回风口</translation>
    </message>
    <message>
        <source>Return duct</source>
        <translation>回风管</translation>
    </message>
    <message>
        <source>return grille</source>
        <translation>回风口</translation>
    </message>
    <message>
        <source>floor tile</source>
        <translation>地板送风口</translation>
    </message>
    <message>
        <source>Place %1 × %2</source>
        <translation>放置 %1 × %2</translation>
    </message>
    <message>
        <source>Tile airflow</source>
        <translation>送风口风量</translation>
    </message>
    <message>
        <source>%1/%2 PUMPS</source>
        <translation>%1/%2 水泵</translation>
    </message>
    <message>
        <source>%1 of %2 pumps failed (what-if): %3 % of the rated flow</source>
        <translation>%2 台水泵中 %1 台故障（假设分析）：额定流量的 %3 %</translation>
    </message>
    <message>
        <source>%1 of %2 pumps failed (what-if): the standby carries the flow</source>
        <translation>%2 台水泵中 %1 台故障（假设分析）：由备用泵承担流量</translation>
    </message>
    <message>
        <source>%1/%2 MODULES</source>
        <translation>%1/%2 模块</translation>
    </message>
    <message>
        <source>%1 of %2 modules failed (what-if)</source>
        <translation>%2 个模块中 %1 个故障（假设分析）</translation>
    </message>
    <message>
        <source>SWITCH DOWN</source>
        <translation>交换机故障</translation>
    </message>
    <message>
        <source>switch %1 failed (what-if)</source>
        <translation>交换机 %1 故障（假设分析）</translation>
    </message>
    <message>
        <source>%1: %2 is outside the valid range %3</source>
        <translation>%1：%2 超出有效范围 %3</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (缺失)</translation>
    </message>
    <message>
        <source>
Valid range: %1</source>
        <translation>
有效范围：%1</translation>
    </message>
    <message>
        <source>
One of: %1</source>
        <translation>
可选值：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>
Ids separated by commas (or pick them on the plan: right-click racks)</source>
        <translation>
ID 以逗号分隔（也可在平面图上右键单击机柜来选取）</translation>
    </message>
    <message>
        <source>IT power</source>
        <translation>IT 功率</translation>
    </message>
    <message>
        <source>  GPUs (%1)</source>
        <translation>  GPU (%1)</translation>
    </message>
    <message>
        <source>  CPUs / NICs+platform / fans</source>
        <translation>  CPU / 网卡+平台 / 风扇</translation>
    </message>
    <message>
        <source>  network / PSU loss</source>
        <translation>  网络 / PSU 损耗</translation>
    </message>
    <message>
        <source>Inlet / outlet air</source>
        <translation>进风 / 出风温度</translation>
    </message>
    <message>
        <source>Airflow</source>
        <translation>风量</translation>
    </message>
    <message>
        <source>Coolant supply / return</source>
        <translation>冷却液供液 / 回液温度</translation>
    </message>
    <message>
        <source>Coolant flow</source>
        <translation>冷却液流量</translation>
    </message>
    <message>
        <source>GPU junction</source>
        <translation>GPU 结温</translation>
    </message>
    <message>
        <source> — throttled to %1 % clock</source>
        <translation> — 已降频至 %1 % 时钟频率</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>N capacity / installed</source>
        <translation>N 容量 / 装机容量</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Loss / efficiency</source>
        <translation>损耗 / 效率</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>de-energised</source>
        <translation>已断电</translation>
    </message>
    <message>
        <source>Supply / return</source>
        <translation>供水 / 回水温度</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Heat / capacity</source>
        <translation>热负荷 / 容量</translation>
    </message>
    <message>
        <source>N+1</source>
        <translation>N+1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Return air</source>
        <translation>回风温度</translation>
    </message>
    <message>
        <source>Solved values</source>
        <translation>求解值</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#888&apos;&gt;(stale)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#888&apos;&gt;(已过期)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 domains (%2 … %3)</source>
        <translation>%1 个域（%2 … %3）</translation>
    </message>
    <message>
        <source>%1, %2G lanes</source>
        <translation>%1，%2G 通道</translation>
    </message>
    <message>
        <source>Scale-across %1 ↔ %2, %3</source>
        <translation>跨域扩展 %1 ↔ %2，%3</translation>
    </message>
    <message>
        <source>no %1 switch in the design: the planner puts the %2 it needs at an automatic position</source>
        <translation>设计中没有 %1 交换机：规划器会将所需的 %2 台自动放置</translation>
    </message>
    <message>
        <source>%1 %2 switches in the design, the tree needs %3 (%4 spare)</source>
        <translation>设计中有 %1 台 %2 交换机，拓扑树需要 %3 台（富余 %4 台）</translation>
    </message>
    <message>
        <source>with %1 optics, %2 links are beyond every medium&apos;s reach</source>
        <translation>使用 %1 光模块时，有 %2 条链路超出所有介质的传输距离</translation>
    </message>
    <message>
        <source>No warnings: every link is within its medium&apos;s reach, no switch runs out of ports, oversubscription at target</source>
        <translation>无警告：所有链路均在其介质传输距离内，没有交换机端口不足，收敛比达到目标</translation>
    </message>
    <message>
        <source>DAC (passive copper)</source>
        <translation>DAC（无源铜缆）</translation>
    </message>
    <message>
        <source>ACC (active copper)</source>
        <translation>ACC（有源铜缆）</translation>
    </message>
    <message>
        <source>AEC (retimed copper)</source>
        <translation>AEC（带重定时的有源铜缆）</translation>
    </message>
    <message>
        <source>AOC (active optical)</source>
        <translation>AOC（有源光缆）</translation>
    </message>
    <message>
        <source>SR (multimode)</source>
        <translation>SR（多模）</translation>
    </message>
    <message>
        <source>DR (single-mode)</source>
        <translation>DR（单模）</translation>
    </message>
    <message>
        <source>FR (single-mode, CWDM)</source>
        <translation>FR（单模，CWDM）</translation>
    </message>
    <message>
        <source>LR (single-mode, long reach)</source>
        <translation>LR（单模，长距）</translation>
    </message>
    <message>
        <source>ZR (coherent)</source>
        <translation>ZR（相干）</translation>
    </message>
    <message>
        <source>ZR+ (coherent, oFEC)</source>
        <translation>ZR+（相干，oFEC）</translation>
    </message>
    <message>
        <source>LPO</source>
        <translation>LPO</translation>
    </message>
    <message>
        <source>CPO</source>
        <translation>CPO</translation>
    </message>
    <message>
        <source>pluggable</source>
        <translation>可插拔</translation>
    </message>
    <message>
        <source>Only power equipment can feed power equipment.</source>
        <translation>只有供电设备才能为供电设备供电。</translation>
    </message>
    <message>
        <source>A power shelf feeds only the servers in its rack; racks are connected on the floor plan.</source>
        <translation>电源框只为其所在机柜中的服务器供电；机柜的连接请在平面图上完成。</translation>
    </message>
    <message>
        <source>Only power equipment can be fed here; racks are connected on the floor plan.</source>
        <translation>此处只能为供电设备供电；机柜的连接请在平面图上完成。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot feed itself.</source>
        <translation>“%1”不能为自身供电。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, a source of power: nothing feeds it.</source>
        <translation>“%1”是 %2，属于电源，不由任何设备供电。</translation>
    </message>
    <message>
        <source>Feeding &apos;%1&apos; from &apos;%2&apos; would close a loop: &apos;%2&apos; is itself fed from &apos;%1&apos;.</source>
        <translation>由“%2”为“%1”供电会形成环路：“%2”本身由“%1”供电。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not power equipment.</source>
        <translation>“%1”不是供电设备。</translation>
    </message>
    <message>
        <source>Feed %1 from %2</source>
        <translation>由 %2 为 %1 供电</translation>
    </message>
    <message>
        <source>Disconnect %1 from upstream</source>
        <translation>断开 %1 与上游的连接</translation>
    </message>
    <message>
        <source>%1 cooling</source>
        <translation>%1 冷却</translation>
    </message>
    <message>
        <source>spans several racks</source>
        <translation>跨多个机柜</translation>
    </message>
    <message>
        <source>%1 GPUs per rack cannot be made of %2-GPU systems</source>
        <translation>每机柜 %1 个 GPU 无法由每台 %2 个 GPU 的系统组成</translation>
    </message>
    <message>
        <source>%1 kW per rack over the %2 kW the racks are built for</source>
        <translation>每机柜 %1 kW，超过机柜设计的 %2 kW</translation>
    </message>
    <message>
        <source>%1 U does not fit a %2 U rack</source>
        <translation>%1 U 装不进 %2 U 的机柜</translation>
    </message>
    <message>
        <source>the design has no GPU systems from the catalog</source>
        <translation>设计中没有来自设备目录的 GPU 系统</translation>
    </message>
    <message>
        <source>No other catalog system fits these racks (%1).</source>
        <translation>设备目录中没有其他系统适合这些机柜（%1）。</translation>
    </message>
    <message>
        <source>no catalog system &apos;%1&apos;</source>
        <translation>设备目录中没有系统“%1”</translation>
    </message>
    <message>
        <source>%1 does not fit rack %2: %3</source>
        <translation>%1 不适合机柜 %2：%3</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 GPU: no published serving points were used to check this model</source>
        <translation>%1 GPU：此模型未经公开的推理服务实测数据校验</translation>
    </message>
    <message>
        <source>the catalog marks %1 as low confidence</source>
        <translation>设备目录将 %1 标记为低置信度</translation>
    </message>
    <message>
        <source>%1 is not calibrated: it borrows another engine&apos;s efficiencies</source>
        <translation>%1 未经校准：借用了其他引擎的效率参数</translation>
    </message>
    <message>
        <source>&amp;nbsp;&lt;small&gt;(≤&amp;nbsp;%1)&lt;/small&gt;</source>
        <translation>&amp;nbsp;&lt;small&gt;(≤&amp;nbsp;%1)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; training on %2 × %3 — %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在 %2 × %3 上训练 — %4</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#c00020&apos;&gt;&lt;b&gt;Not feasible:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#c00020&apos;&gt;&lt;b&gt;不可行：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>per GPU</source>
        <translation>每 GPU</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>step</source>
        <translation>单步耗时</translation>
    </message>
    <message>
        <source>Pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <source>exposed comm.</source>
        <translation>未掩盖通信</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Tokens/J</source>
        <translation>token/焦耳</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#c00020&apos;&gt;&lt;b&gt;Cannot evaluate:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#c00020&apos;&gt;&lt;b&gt;无法评估：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 × %3 — %4, %5, %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 运行于 %2 × %3 — %4，%5，%6</translation>
    </message>
    <message>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <source>TPOT mean</source>
        <translation>TPOT 均值</translation>
    </message>
    <message>
        <source>Per user</source>
        <translation>每用户</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>GPU power</source>
        <translation>GPU 功率</translation>
    </message>
    <message>
        <source> (capped)</source>
        <translation> (已限功率)</translation>
    </message>
    <message>
        <source>Prefill pool</source>
        <translation>预填充池</translation>
    </message>
    <message>
        <source>decode pool</source>
        <translation>解码池</translation>
    </message>
    <message>
        <source>KV transfer</source>
        <translation>KV 传输</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>compute (tensor cores)</source>
        <translation>计算（张量核心）</translation>
    </message>
    <message>
        <source>memory bandwidth (HBM)</source>
        <translation>显存带宽（HBM）</translation>
    </message>
    <message>
        <source>communication (collectives)</source>
        <translation>通信（集合通信）</translation>
    </message>
    <message>
        <source>KV-cache capacity</source>
        <translation>KV 缓存容量</translation>
    </message>
    <message>
        <source>KV-cache memory</source>
        <translation>KV 缓存显存</translation>
    </message>
    <message>
        <source>the engine&apos;s maximum batch</source>
        <translation>引擎的最大批大小</translation>
    </message>
    <message>
        <source>the token budget per iteration</source>
        <translation>每次迭代的 token 预算</translation>
    </message>
    <message>
        <source>the TPOT limit</source>
        <translation>TPOT 上限</translation>
    </message>
    <message>
        <source>the TTFT limit</source>
        <translation>TTFT 上限</translation>
    </message>
    <message>
        <source>prefill capacity</source>
        <translation>预填充能力</translation>
    </message>
    <message>
        <source>decode capacity</source>
        <translation>解码能力</translation>
    </message>
    <message>
        <source>KV transfer between pools</source>
        <translation>池间 KV 传输</translation>
    </message>
    <message>
        <source>%1: RMS %2, largest %3, max-inlet error %4; hottest rack %5, hottest quarter %6 %; solve %7 s</source>
        <translation>%1：RMS %2，最大 %3，最大进风误差 %4；最热机柜 %5，最热四分之一重合 %6 %；求解 %7 s</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>No case directory given: choose the directory `aif cfd export --out` wrote</source>
        <translation>未指定算例目录：请选择 `aif cfd export --out` 写入的目录</translation>
    </message>
    <message>
        <source>%1: no such directory</source>
        <translation>%1：目录不存在</translation>
    </message>
    <message>
        <source>%1: not a directory (choose the case directory, which holds aif-case.json)</source>
        <translation>%1：不是目录（请选择包含 aif-case.json 的算例目录）</translation>
    </message>
    <message>
        <source>%1: the case is of hall &apos;%2&apos;, which the open design does not have (open the project the case was exported from)</source>
        <translation>%1：该算例属于机房“%2”，而当前打开的设计中没有该机房（请打开导出该算例的项目）</translation>
    </message>
    <message>
        <source>%1 cells at the 0/100 °C temperature guard: the run diverged there; do not trust this field (finer cells, more iterations)</source>
        <translation>%1 个网格单元触及 0/100 °C 温度保护限值：计算在此处发散，请勿采信此流场（请加密网格、增加迭代次数）</translation>
    </message>
    <message>
        <source>The case is %1 × %2 × %3 m but hall &apos;%4&apos; is now %5 × %6 × %7 m: the field does not line up with the design (export the case again)</source>
        <translation>算例尺寸为 %1 × %2 × %3 m，但机房“%4”现为 %5 × %6 × %7 m：流场与设计不匹配（请重新导出算例）</translation>
    </message>
    <message>
        <source>%1: cannot read the case: %2</source>
        <translation>%1：无法读取算例：%2</translation>
    </message>
    <message>
        <source>OpenFOAM (%1, time %2, case %3)</source>
        <translation>OpenFOAM（%1，时间 %2，算例 %3）</translation>
    </message>
    <message>
        <source>%1 is read-only: save under another name</source>
        <translation>%1 为只读：请另存为其他名称</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source> (skipped)</source>
        <translation> (已跳过)</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>添加 %1 %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Delete %1 items and %2 that depend on them</source>
        <translation>删除 %1 个项目及依赖它们的 %2 个项目</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>删除 %1 个项目</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>修改 %2 的 %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>leased wavelengths</source>
        <translation>租用波长</translation>
    </message>
</context>
<context>
    <name>ScenarioEdits</name>
    <message>
        <source>Scenario %1</source>
        <translation>场景 %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>an override needs an item, a field and a value</source>
        <translation>覆盖项需要指定对象、字段和值</translation>
    </message>
    <message>
        <source>no item with id &apos;%1&apos; (deleted or renamed?)</source>
        <translation>不存在 id 为“%1”的对象（已删除或重命名？）</translation>
    </message>
    <message>
        <source>%1 has no editable field &apos;%2&apos;</source>
        <translation>%1 没有可编辑字段“%2”</translation>
    </message>
    <message>
        <source>%1 is outside the valid range %2</source>
        <translation>%1 超出有效范围 %2</translation>
    </message>
    <message>
        <source>Override %1: %2</source>
        <translation>覆盖项 %1：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <translation>%1：%2 = %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SweepParameters</name>
    <message>
        <source>All %1: %2</source>
        <translation>全部%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not yes or no</source>
        <translation>%1：“%2”不是“是”或“否”</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of its choices</source>
        <translation>%1：“%2”不是可选值之一</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1：“%2”不是整数</translation>
    </message>
    <message>
        <source>%1: %2 is outside the valid range %3</source>
        <translation>%1：%2 超出有效范围 %3</translation>
    </message>
    <message>
        <source>%1: no values (type them as v1, v2, ...)</source>
        <translation>%1：没有取值（请按 v1, v2, ... 的格式输入）</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>no item with id &apos;%1&apos; (deleted or renamed?)</source>
        <translation>不存在 id 为“%1”的对象（已删除或重命名？）</translation>
    </message>
    <message>
        <source>%1: no item to sweep</source>
        <translation>%1：没有可扫描的对象</translation>
    </message>
</context>
<context>
    <name>aif</name>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Recomputed from the inputs below: %1 (the result holds %2; inputs are rounded as the result rounds them).</source>
        <translation>按下列输入重新计算：%1（结果中为 %2；输入值按结果的舍入方式取整）。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation>设备目录 %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Depends on (a click selects it)</source>
        <translation>依赖于（单击可选中）</translation>
    </message>
    <message>
        <source>Depends on %1 items (a click selects one)</source>
        <translation>依赖于 %1 个对象（单击可选中其一）</translation>
    </message>
    <message>
        <source>Read from the solve result at %1; the same as `aif explain FILE %1`.</source>
        <translation>读取自求解结果中的 %1；等同于 `aif explain FILE %1`。</translation>
    </message>
    <message>
        <source>totals</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>per MW of IT</source>
        <translation>每 MW IT</translation>
    </message>
    <message>
        <source>per GPU</source>
        <translation>每 GPU</translation>
    </message>
    <message>
        <source>per million tokens</source>
        <translation>每百万 token</translation>
    </message>
    <message>
        <source>IT power is what per MW of IT divides by</source>
        <translation>“每 MW IT”以 IT 功率为除数</translation>
    </message>
    <message>
        <source>the token rate is what per Mtok divides by</source>
        <translation>“每 Mtok”以 token 速率为除数</translation>
    </message>
    <message>
        <source>capex per token is in $/Mtok (amortised)</source>
        <translation>每 token 资本支出以 $/Mtok 计（已摊销）</translation>
    </message>
    <message>
        <source>not divided %1: %2</source>
        <translation>未按%1折算：%2</translation>
    </message>
    <message>
        <source>no basis to divide by (no IT power, GPUs or tokens)</source>
        <translation>无折算基数（无 IT 功率、GPU 或 token）</translation>
    </message>
    <message>
        <source>inlet</source>
        <translation>进风</translation>
    </message>
    <message>
        <source>junction</source>
        <translation>结温</translation>
    </message>
    <message>
        <source>%1 throttled racks</source>
        <translation>%1 个降频机柜</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>operating PUE</source>
        <translation>运行点 PUE</translation>
    </message>
    <message>
        <source>facility power</source>
        <translation>设施功率</translation>
    </message>
    <message>
        <source>degraded case of its base design (not in this comparison); never counted better</source>
        <translation>其基准设计的降级工况（不在本次对比中）；从不计为更优</translation>
    </message>
    <message>
        <source>degraded case of %1: %2</source>
        <translation>%1 的降级工况：%2</translation>
    </message>
    <message>
        <source>degraded case of %1: service holds (tokens/s, inlet and junction unchanged: the design rides through this failure)%2</source>
        <translation>%1 的降级工况：服务不受影响（token/秒、进风温度和结温不变：设计可承受此故障）%2</translation>
    </message>
    <message>
        <source>; it shifts %1</source>
        <translation>；%1 有所变化</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>better on %1 and worse on %2 figures than %3</source>
        <translation>相比 %3，%1 项指标更优，%2 项更差</translation>
    </message>
    <message>
        <source>different size (%1 vs %2 MW IT), compared per MW of IT: %3</source>
        <translation>规模不同（%1 对 %2 MW IT），按每 MW IT 对比：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Models served</source>
        <translation>服务的模型</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>reference scenario: </source>
        <translation>参考场景： </translation>
    </message>
    <message>
        <source>solve cancelled</source>
        <translation>求解已取消</translation>
    </message>
    <message>
        <source>not solved: %1</source>
        <translation>未求解：%1</translation>
    </message>
    <message>
        <source>not solved yet</source>
        <translation>尚未求解</translation>
    </message>
    <message>
        <source>not in the solve result (%1)</source>
        <translation>不在求解结果中（%1）</translation>
    </message>
    <message>
        <source>operating point (coupled twin)</source>
        <translation>运行点（耦合孪生）</translation>
    </message>
    <message>
        <source>design point (power solve)</source>
        <translation>设计点（供电求解）</translation>
    </message>
    <message>
        <source>Facility power</source>
        <translation>设施功率</translation>
    </message>
    <message>
        <source>Output tokens/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <source>Tokens per joule</source>
        <translation>每焦耳 token 数</translation>
    </message>
    <message>
        <source>PUE at the operating point</source>
        <translation>运行点 PUE</translation>
    </message>
    <message>
        <source>PUE at the design point</source>
        <translation>设计点 PUE</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>每百万 token 成本</translation>
    </message>
    <message>
        <source>IT power</source>
        <translation>IT 功率</translation>
    </message>
    <message>
        <source>Power-chain losses</source>
        <translation>供电链路损耗</translation>
    </message>
    <message>
        <source>Cooling power</source>
        <translation>冷却功率</translation>
    </message>
    <message>
        <source>Hottest GPU junction</source>
        <translation>GPU 最高结温</translation>
    </message>
    <message>
        <source>Hottest rack inlet</source>
        <translation>机柜最高进风温度</translation>
    </message>
    <message>
        <source>Throttled racks</source>
        <translation>降频机柜</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Opex</source>
        <translation>运营支出</translation>
    </message>
    <message>
        <source>Annual energy</source>
        <translation>年能耗</translation>
    </message>
    <message>
        <source>Hours with chillers off</source>
        <translation>冷水机组停机小时数</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>用水</translation>
    </message>
    <message>
        <source>Heat rejected without chillers</source>
        <translation>无需冷水机组的排热量</translation>
    </message>
    <message>
        <source>ERE (PUE less reused heat)</source>
        <translation>ERE（扣除余热回收的 PUE）</translation>
    </message>
    <message>
        <source>Reused heat</source>
        <translation>回收余热</translation>
    </message>
    <message>
        <source>Scope 2 emissions</source>
        <translation>范围二排放</translation>
    </message>
    <message>
        <source>Carbon per million tokens</source>
        <translation>每百万 token 碳排放</translation>
    </message>
    <message>
        <source>Water per million tokens</source>
        <translation>每百万 token 用水</translation>
    </message>
    <message>
        <source>no powered IT load</source>
        <translation>无通电的 IT 负载</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>年 PUE</translation>
    </message>
    <message>
        <source>annual at %1</source>
        <translation>%1 全年</translation>
    </message>
    <message>
        <source>site has no climate</source>
        <translation>站点未设置气候</translation>
    </message>
    <message>
        <source>the site has no climate: choose one in the site&apos;s inspector to see the year</source>
        <translation>站点未设置气候：请在站点属性中选择气候以查看全年结果</translation>
    </message>
    <message>
        <source>%1, market-based</source>
        <translation>%1，基于市场法</translation>
    </message>
    <message>
        <source>no inference tokens served</source>
        <translation>无推理 token 输出</translation>
    </message>
    <message>
        <source>the site has no grid carbon intensity: set it in the site&apos;s inspector</source>
        <translation>站点未设置电网碳排放强度：请在站点属性中设置</translation>
    </message>
    <message>
        <source>needs the TCO of a solved operating point</source>
        <translation>需要已求解运行点的 TCO</translation>
    </message>
    <message>
        <source>no deployments in the project</source>
        <translation>项目中没有部署</translation>
    </message>
    <message>
        <source>facility level, %1</source>
        <translation>设施级，%1</translation>
    </message>
    <message>
        <source>no power result</source>
        <translation>无供电结果</translation>
    </message>
    <message>
        <source>the coupled twin did not run</source>
        <translation>耦合孪生未运行</translation>
    </message>
    <message>
        <source>thermal solve, design point</source>
        <translation>热求解，设计点</translation>
    </message>
    <message>
        <source>the thermal solver did not run</source>
        <translation>热求解器未运行</translation>
    </message>
    <message>
        <source>TCO (prices are catalog assumptions)</source>
        <translation>TCO（价格为设备目录假设值）</translation>
    </message>
    <message>
        <source>TCO did not run</source>
        <translation>TCO 未运行</translation>
    </message>
    <message>
        <source>needs the coupled twin</source>
        <translation>需要耦合孪生</translation>
    </message>
</context>
<context>
    <name>aif::AvailabilityCard</name>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>MTBF h</source>
        <translation>MTBF（h）</translation>
    </message>
    <message>
        <source>MTTR h</source>
        <translation>MTTR（h）</translation>
    </message>
    <message>
        <source>Failures/day</source>
        <translation>故障/天</translation>
    </message>
    <message>
        <source>GPUs down</source>
        <translation>停机 GPU</translation>
    </message>
    <message>
        <source>Spares</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>&lt;b&gt;Availability&lt;/b&gt;</source>
        <translation>&lt;b&gt;可用性&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No availability figures: they come with the cost (TCO) of a solved operating point.</source>
        <translation>无可用性数据：这些数据随已求解运行工作点的总拥有成本 (TCO) 一同给出。</translation>
    </message>
    <message>
        <source>%1 failures/day, %2 of them interrupting a job over all %3 GPUs; %4 GPUs down on average (%5 %).</source>
        <translation>每天 %1 次故障，其中 %2 次会中断横跨全部 %3 个 GPU 的作业；平均 %4 个 GPU 停机（%5 %）。</translation>
    </message>
    <message>
        <source> Training %1: goodput %2 % (checkpoint every %3 min).</source>
        <translation> 训练 %1：有效产出率 %2 %（每 %3 分钟保存一次检查点）。</translation>
    </message>
    <message>
        <source> Lost per year: %1 M tokens, $%2 k. Spares at %3 % confidence.</source>
        <translation> 每年损失：%1 M token，$%2 k。备件按 %3 % 置信度配置。</translation>
    </message>
    <message>
        <source> (assumption)</source>
        <translation> (假设值)</translation>
    </message>
</context>
<context>
    <name>aif::CableLegend</name>
    <message>
        <source>Cables:</source>
        <translation>线缆：</translation>
    </message>
    <message>
        <source>planning the fabric…</source>
        <translation>正在规划网络架构…</translation>
    </message>
    <message>
        <source>no scale-out cables in this design</source>
        <translation>此设计中没有横向扩展线缆</translation>
    </message>
    <message>
        <source>%1: %2 links</source>
        <translation>%1：%2 条链路</translation>
    </message>
    <message>
        <source>beyond every medium&apos;s reach: %1 links</source>
        <translation>超出所有介质传输距离：%1 条链路</translation>
    </message>
    <message>
        <source>8, 32, 128 cables per route</source>
        <translation>每条路由 8、32、128 根线缆</translation>
    </message>
    <message>
        <source>switch rack</source>
        <translation>交换机机柜</translation>
    </message>
    <message>
        <source>automatic switch position</source>
        <translation>自动确定的交换机位置</translation>
    </message>
</context>
<context>
    <name>aif::CatalogBrowser</name>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Search id, name, vendor, type…</source>
        <translation>搜索 id、名称、厂商、类型…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据日期</translation>
    </message>
    <message>
        <source>From your user catalog</source>
        <translation>来自您的用户设备目录</translation>
    </message>
    <message>
        <source>No catalog entry matches.</source>
        <translation>没有匹配的设备目录条目。</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;user catalog entry&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;用户设备目录条目&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;As of:&lt;/b&gt; %3%4&lt;/p&gt;&lt;pre&gt;%5&lt;/pre&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;来源：&lt;/b&gt;%2&lt;br&gt;&lt;b&gt;截至：&lt;/b&gt;%3%4&lt;/p&gt;&lt;pre&gt;%5&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>aif::CfdCompareDialog</name>
    <message>
        <source>Add T1 (solves the 3D air field)</source>
        <translation>添加 T1（求解三维气流场）</translation>
    </message>
    <message>
        <source>CFD vs fast air model</source>
        <translation>CFD 与快速气流模型对比</translation>
    </message>
    <message>
        <source>Inlet: area-weighted mean air temperature over the rack&apos;s intake. Difference: fast model minus CFD (negative: the fast model is cooler than the CFD).</source>
        <translation>进风温度：机柜进风面上的面积加权平均空气温度。差值：快速模型减 CFD（负值表示快速模型比 CFD 温度低）。</translation>
    </message>
    <message>
        <source>Solves the design with the fast model&apos;s 3D air field (thermal T1) at the air model&apos;s grid and adds its inlets; seconds on a hall</source>
        <translation>在气流模型网格上用快速模型的三维气流场（热模型 T1）求解设计，并加入其进风温度；单个机房耗时数秒</translation>
    </message>
    <message>
        <source>Solving the fast model&apos;s 3D air field…</source>
        <translation>正在求解快速模型的三维气流场…</translation>
    </message>
    <message>
        <source>No CFD case loaded: 3D tab ▸ Air field ▸ Open CFD case…</source>
        <translation>未加载 CFD 算例：3D 选项卡 ▸ 三维气流场 ▸ 打开 CFD 算例…</translation>
    </message>
    <message>
        <source>%1, hall %2, %3 cells</source>
        <translation>%1，机房 %2，%3 个网格单元</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>CFD inlet (%1)</source>
        <translation>CFD 进风温度 (%1)</translation>
    </message>
    <message>
        <source>T0 inlet (%1)</source>
        <translation>T0 进风温度 (%1)</translation>
    </message>
    <message>
        <source>T0 − CFD (%1)</source>
        <translation>T0 − CFD (%1)</translation>
    </message>
    <message>
        <source>T1 inlet (%1)</source>
        <translation>T1 进风温度 (%1)</translation>
    </message>
    <message>
        <source>T1 − CFD (%1)</source>
        <translation>T1 − CFD (%1)</translation>
    </message>
    <message>
        <source>No fast-model comparison: the catalog is not available here.</source>
        <translation>无快速模型对比：此处无法使用设备目录。</translation>
    </message>
    <message>
        <source>No rack of the case has an intake in the CFD mesh.</source>
        <translation>该算例中没有任何机柜的进风口位于 CFD 网格内。</translation>
    </message>
    <message>
        <source>T0</source>
        <translation>T0</translation>
    </message>
    <message>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <source>T1: the 3D air field did not solve for this design.</source>
        <translation>T1：该设计的三维气流场未能求解。</translation>
    </message>
    <message>
        <source>%1 racks of the case have no intake in the mesh (blocked or no airflow): left out.</source>
        <translation>该算例中有 %1 个机柜在网格中没有进风口（被遮挡或无气流），已略去。</translation>
    </message>
</context>
<context>
    <name>aif::CompareDialog</name>
    <message>
        <source>Compare designs</source>
        <translation>比较设计</translation>
    </message>
    <message>
        <source>Check two or more designs or scenarios. Each is solved as the studio solves (power, thermal, throughput, coupled twin, annual energy, TCO) and compared with the first one checked; a failure scenario is compared with its base design and is never better.</source>
        <translation>勾选两个或更多设计或场景。每项均按与主界面相同的方式求解（供电、热工、吞吐量、耦合孪生、年能耗、TCO），并与勾选的第一项比较；故障场景与其基础设计比较，且不会优于基础设计。</translation>
    </message>
    <message>
        <source>Add project file…</source>
        <translation>添加项目文件…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare designs — %1</source>
        <translation>比较设计 — %1</translation>
    </message>
    <message>
        <source>Compare with project</source>
        <translation>与项目比较</translation>
    </message>
    <message>
        <source>AI Factory projects (*.aifactory)</source>
        <translation>AI Factory 项目 (*.aifactory)</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
</context>
<context>
    <name>aif::CompareView</name>
    <message>
        <source>Export to the report</source>
        <translation>导出到报告</translation>
    </message>
    <message>
        <source>Extensive figures (power, tokens/s, cost, energy, water) in totals or divided by the design&apos;s IT power, GPUs or tokens; PUE, temperatures and other ratios as they are</source>
        <translation>广延量（功率、token/秒、成本、能耗、用水）按总量显示，或除以设计的 IT 功率、GPU 数或 token 数；PUE、温度及其他比值按原值显示</translation>
    </message>
    <message>
        <source>Add this comparison to the customer report</source>
        <translation>将此对比添加到客户报告</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Choose two or more designs or scenarios with Compare…</source>
        <translation>请通过“对比…”选择两个或更多设计或场景</translation>
    </message>
    <message>
        <source>solving…</source>
        <translation>求解中…</translation>
    </message>
    <message>
        <source>Solving %1…</source>
        <translation>正在求解 %1…</translation>
    </message>
    <message>
        <source>same inputs</source>
        <translation>输入相同</translation>
    </message>
    <message>
        <source>Input differences</source>
        <translation>输入差异</translation>
    </message>
    <message>
        <source>designs of different sizes: verdicts compare per MW of IT</source>
        <translation>设计规模不同：按每 MW IT 比较结论</translation>
    </message>
    <message>
        <source>verdicts compare totals</source>
        <translation>按总量比较结论</translation>
    </message>
    <message>
        <source>%1 sides; %2. &lt;span style=&apos;color:%3&apos;&gt;Green&lt;/span&gt;: better, &lt;span style=&apos;color:%4&apos;&gt;red&lt;/span&gt;: worse than the side compared with; a failure case is never better.</source>
        <translation>共 %1 方；%2。&lt;span style=&apos;color:%3&apos;&gt;绿色&lt;/span&gt;：优于对比方，&lt;span style=&apos;color:%4&apos;&gt;红色&lt;/span&gt;：劣于对比方；故障工况永远不会更优。</translation>
    </message>
</context>
<context>
    <name>aif::CoolingSchematic</name>
    <message>
        <source>Racks are placed and removed on the floor plan; here their group can be connected to another TCS loop.</source>
        <translation>机柜在平面图上放置和移除；此处可将其所在组连接到另一个二次侧回路(TCS)。</translation>
    </message>
    <message>
        <source>Add heat rejection</source>
        <translation>添加排热设备</translation>
    </message>
    <message>
        <source>Trip one unit (what-if)</source>
        <translation>使一台设备故障（假设分析）</translation>
    </message>
    <message>
        <source>Restore all</source>
        <translation>全部恢复</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Disconnect from chilled water</source>
        <translation>断开冷冻水连接</translation>
    </message>
    <message>
        <source>Failed (what-if)</source>
        <translation>故障（假设分析）</translation>
    </message>
    <message>
        <source>Trip one pump (what-if)</source>
        <translation>使一台水泵故障（假设分析）</translation>
    </message>
    <message>
        <source>Restore pumps</source>
        <translation>恢复水泵</translation>
    </message>
    <message>
        <source>Racks are placed and fed on the floor plan</source>
        <translation>机柜在平面图上放置和供电</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 of %2 failed (what-if)</source>
        <translation>%2 台中 %1 台故障（假设分析）</translation>
    </message>
    <message>
        <source>Drag from a box&apos;s handle onto another box to connect them; drop a box on another to re-attach it.</source>
        <translation>从方框的连接柄拖到另一个方框上即可连接；将方框拖放到另一个方框上可重新挂接。</translation>
    </message>
</context>
<context>
    <name>aif::CostSlide</name>
    <message>
        <source>What a million tokens costs</source>
        <translation>每百万 token 的成本</translation>
    </message>
    <message>
        <source>Total cost of ownership per million output tokens: capital and operating cost of a year over the tokens of that year (prices are catalog assumptions)</source>
        <translation>每百万输出 token 的总拥有成本：一年的资本支出与运营支出除以该年的 token 数（价格为设备目录中的假设值）</translation>
    </message>
    <message>
        <source>capital (annualised)</source>
        <translation>资本支出（年化）</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>demand charge</source>
        <translation>需量电费</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>water</source>
        <translation>用水</translation>
    </message>
    <message>
        <source>PUE target: —</source>
        <translation>PUE 目标：—</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <source>%1 above the target</source>
        <translation>高于目标 %1</translation>
    </message>
    <message>
        <source>%1 below the target</source>
        <translation>低于目标 %1</translation>
    </message>
    <message>
        <source>%1 %2, target &lt;b&gt;%3&lt;/b&gt;: %4&lt;br&gt;&lt;span style=&quot;color:%5&quot;&gt;&lt;b&gt;%6 $/Mtok at target PUE&lt;/b&gt;&lt;/span&gt; &lt;span style=&quot;color:%7&quot;&gt;(the TCO formula with the overhead above IT scaled to the target; the solved PUE is unchanged)&lt;/span&gt;</source>
        <translation>%1 %2，目标 &lt;b&gt;%3&lt;/b&gt;：%4&lt;br&gt;&lt;span style=&quot;color:%5&quot;&gt;&lt;b&gt;目标 PUE 下为 %6 $/Mtok&lt;/b&gt;&lt;/span&gt; &lt;span style=&quot;color:%7&quot;&gt;（按 TCO 公式计算，IT 以外的开销按目标值缩放；求解所得 PUE 不变）&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>aif::DashboardPanel</name>
    <message>
        <source>◀ Dashboard</source>
        <translation>◀ 仪表板</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Solve two scenarios or two projects and show them side by side</source>
        <translation>求解两个场景或两个项目，并将结果并排显示</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Every chart as %1…</source>
        <translation>所有图表导出为 %1…</translation>
    </message>
    <message>
        <source>No results yet: Analyze ▸ Solve (F5).</source>
        <translation>尚无结果：分析 ▸ 求解（F5）。</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计点</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>工作点</translation>
    </message>
    <message>
        <source>%1: headline shows %2, the result has %3 at %4</source>
        <translation>%1：概要栏显示 %2，而结果中 %4 处为 %3</translation>
    </message>
    <message>
        <source>%1: table shows %2, the result has %3 at %4</source>
        <translation>%1：表格显示 %2，而结果中 %4 处为 %3</translation>
    </message>
    <message>
        <source>Design point only: the coupled twin did not run.</source>
        <translation>仅有设计点：耦合孪生模型未运行。</translation>
    </message>
    <message>
        <source>Operating point of the coupled twin: converged in %1 passes.</source>
        <translation>耦合孪生模型的工作点：经 %1 轮迭代收敛。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c82828&apos;&gt;The coupled twin did not converge in %1 passes (residual %2): figures are the last pass.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c82828&apos;&gt;耦合孪生模型在 %1 轮迭代内未收敛（残差 %2）：所示数值为最后一轮的结果。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stale&lt;/b&gt; — the design changed; solving again. </source>
        <translation>&lt;b&gt;已过期&lt;/b&gt; — 设计已更改，正在重新求解。 </translation>
    </message>
    <message>
        <source>Export dashboard to folder</source>
        <translation>将仪表板导出到文件夹</translation>
    </message>
    <message>
        <source>Nothing exported: cannot write to %1</source>
        <translation>未导出任何内容：无法写入 %1</translation>
    </message>
    <message>
        <source>Exported %1 files to %2</source>
        <translation>已将 %1 个文件导出到 %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Compare mode</source>
        <translation>比较模式</translation>
    </message>
</context>
<context>
    <name>aif::DeploymentChart</name>
    <message>
        <source>Tokens per deployment</source>
        <translation>各部署的 token 产出</translation>
    </message>
    <message>
        <source>M tokens/s</source>
        <translation>百万 token/秒</translation>
    </message>
    <message>
        <source>k tokens/s</source>
        <translation>千 token/秒</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>tokens/J at the servers</source>
        <translation>服务器端 token/J</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1（失败）</translation>
    </message>
    <message>
        <source>tokens/J</source>
        <translation>token/J</translation>
    </message>
    <message>
        <source>%1 deployments: %2 tokens/s in all, %3 tokens/J at the servers</source>
        <translation>%1 个部署：合计 %2 token/秒，服务器端 %3 token/J</translation>
    </message>
</context>
<context>
    <name>aif::DeploymentEditor</name>
    <message>
        <source>  (uncalibrated)</source>
        <translation>  （未校准）</translation>
    </message>
    <message>
        <source>Efficiencies borrowed from a calibrated engine: low confidence</source>
        <translation>效率借用自已校准的推理引擎：置信度低</translation>
    </message>
    <message>
        <source>  (calibrated on %1)</source>
        <translation>  （已在 %1 上校准）</translation>
    </message>
    <message>
        <source>Fitted on %1 GPUs; other GPU generations borrow a calibrated engine&apos;s efficiencies: low confidence there</source>
        <translation>在 %1 GPU 上拟合；其他代 GPU 借用已校准推理引擎的效率：该处置信度低</translation>
    </message>
    <message>
        <source>%1 (modelled as TensorRT-LLM)</source>
        <translation>%1（按 TensorRT-LLM 建模）</translation>
    </message>
    <message>
        <source>No deployment selected.</source>
        <translation>未选择部署。</translation>
    </message>
    <message>
        <source>solver picks</source>
        <translation>由求解器选取</translation>
    </message>
    <message>
        <source>engine default</source>
        <translation>引擎默认值</translation>
    </message>
</context>
<context>
    <name>aif::DeploymentTable</name>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>Per GPU</source>
        <translation>每 GPU</translation>
    </message>
    <message>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <source>TPOT mean</source>
        <translation>TPOT 均值</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>The solve&apos;s operating point, as the deployment&apos;s summary shows it: TTFT at the 99th percentile, TPOT the mean. The tooltip gives the p99 limit in force (the model&apos;s benchmark limits unless the deployment sets its own) and where it comes from, and where the event simulation ran, its percentiles.</source>
        <translation>求解所得的工作点，与部署摘要中的显示一致：TTFT 取第 99 百分位数，TPOT 取均值。提示框给出当前生效的 p99 限值（除非部署自行设定，否则采用模型的基准限值）及其来源；若运行了事件仿真，还会给出仿真得到的百分位数。</translation>
    </message>
    <message>
        <source>not feasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Event simulation: p99 %1 ms, mean %2 ms</source>
        <translation>事件仿真：p99 %1 ms，均值 %2 ms</translation>
    </message>
    <message>
        <source>%1 the %2 p99 limit of %3 ms (%4)</source>
        <translation>%1 %2 p99 限值 %3 ms（%4）</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>超出</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>未超出</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>interactive</source>
        <translation>交互式</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>aif::EntityKind</name>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>Halls</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>机柜列</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>机柜列</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Air-cooling unit</source>
        <translation>空调机组</translation>
    </message>
    <message>
        <source>Air-cooling units</source>
        <translation>空调机组</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>通道封闭</translation>
    </message>
    <message>
        <source>Floor tile or return grille</source>
        <translation>地板送风口或回风口</translation>
    </message>
    <message>
        <source>Tiles and grilles</source>
        <translation>送风口与回风口</translation>
    </message>
    <message>
        <source>Liquid loop</source>
        <translation>液冷回路</translation>
    </message>
    <message>
        <source>Liquid loops</source>
        <translation>液冷回路</translation>
    </message>
    <message>
        <source>CDU</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>CDUs</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>Heat rejection</source>
        <translation>排热设备</translation>
    </message>
    <message>
        <source>Power equipment</source>
        <translation>供电设备</translation>
    </message>
    <message>
        <source>Power chain</source>
        <translation>供电链路</translation>
    </message>
    <message>
        <source>Network domain</source>
        <translation>网络域</translation>
    </message>
    <message>
        <source>Network domains</source>
        <translation>网络域</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Link group</source>
        <translation>链路组</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>经济参数</translation>
    </message>
    <message>
        <source>Air model</source>
        <translation>气流模型</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
</context>
<context>
    <name>aif::EntityListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>aif::EntityPicker</name>
    <message>
        <source>Type a name, id or kind...</source>
        <translation>输入名称、id 或类型...</translation>
    </message>
    <message>
        <source>The item the override changes: type part of its name, id or kind and pick it from the list.</source>
        <translation>覆盖项要修改的对象：输入其名称、id 或类型的一部分，然后从列表中选取。</translation>
    </message>
</context>
<context>
    <name>aif::Explain</name>
    <message>
        <source>Annual PUE</source>
        <translation>年 PUE</translation>
    </message>
    <message>
        <source>annual PUE = annual facility energy / annual IT energy</source>
        <translation>年 PUE = 年设施能耗 / 年 IT 能耗</translation>
    </message>
    <message>
        <source>annual facility energy</source>
        <translation>年设施能耗</translation>
    </message>
    <message>
        <source>annual IT energy</source>
        <translation>年 IT 能耗</translation>
    </message>
    <message>
        <source>free-cooling hours (every chiller off)</source>
        <translation>自然冷却小时数（所有冷水机组关闭）</translation>
    </message>
    <message>
        <source>share of heat rejected without chillers</source>
        <translation>无需冷水机组的排热占比</translation>
    </message>
    <message>
        <source>PUE at the design load</source>
        <translation>设计负载下的 PUE</translation>
    </message>
    <message>
        <source>Annual facility energy</source>
        <translation>年设施能耗</translation>
    </message>
    <message>
        <source>The energy the whole site draws from the grid in a year, hour by hour at the site&apos;s weather: busy hours at the operating point, the rest idle, cooling following the outdoor temperature.</source>
        <translation>整个站点一年从电网取用的电能，按站点气象逐小时计算：繁忙小时按运行工况计，其余时间按空闲计，制冷随室外温度变化。</translation>
    </message>
    <message>
        <source>annual energy = Σ months&apos; facility energy (Σ over 8,760 hours of facility power × 1 h)</source>
        <translation>年能耗 = Σ 各月设施能耗（Σ 8,760 小时的设施功率 × 1 h）</translation>
    </message>
    <message>
        <source>of which IT energy</source>
        <translation>其中 IT 能耗</translation>
    </message>
    <message>
        <source>peak facility power</source>
        <translation>峰值设施功率</translation>
    </message>
    <message>
        <source>Annual water use</source>
        <translation>年用水量</translation>
    </message>
    <message>
        <source>Water the cooling towers evaporate and blow down in a year to reject the site&apos;s heat. Air-cooled chillers and dry coolers use none, so a site without cooling towers shows 0.</source>
        <translation>冷却塔为排出站点热量而在一年内蒸发和排污的水量。风冷冷水机组和干冷器不耗水，因此没有冷却塔的站点显示为 0。</translation>
    </message>
    <message>
        <source>water = Σ hours of heat rejected by cooling towers (kWh) × litres per kWh / 1000</source>
        <translation>用水量 = Σ 各小时冷却塔排热量（kWh）× 每 kWh 升数 / 1000</translation>
    </message>
    <message>
        <source>water per kWh of heat a tower rejects</source>
        <translation>冷却塔每排出 1 kWh 热量的用水量</translation>
    </message>
    <message>
        <source>WUE</source>
        <translation>WUE</translation>
    </message>
    <message>
        <source>WUE (water usage effectiveness)</source>
        <translation>WUE（水利用效率）</translation>
    </message>
    <message>
        <source>Litres of site water used per kWh of IT energy over the year (cooling-tower evaporation and blowdown). 0 for sites that reject heat without evaporation.</source>
        <translation>全年每 kWh IT 能耗所消耗的站点用水升数（冷却塔蒸发与排污）。不依靠蒸发排热的站点为 0。</translation>
    </message>
    <message>
        <source>WUE = annual water (m³) × 1000 / annual IT energy (MWh × 1000) = m³ / MWh</source>
        <translation>WUE = 年用水量（m³）× 1000 / 年 IT 能耗（MWh × 1000）= m³ / MWh</translation>
    </message>
    <message>
        <source>annual water</source>
        <translation>年用水量</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>每百万 token 成本</translation>
    </message>
    <message>
        <source>What a million output tokens cost: the year&apos;s capital cost (capex spread over the equipment&apos;s life at the discount rate) plus the year&apos;s operating cost, over the tokens served in the year. Unit prices are catalog defaults until you set your own.</source>
        <translation>每百万输出 token 的成本：全年资本成本（资本支出按折现率在设备寿命期内分摊）加上全年运营成本，再除以全年服务的 token 数。在您自行设定之前，单价均为目录默认值。</translation>
    </message>
    <message>
        <source>annualized capex</source>
        <translation>年化资本支出</translation>
    </message>
    <message>
        <source>opex per year</source>
        <translation>年运营支出</translation>
    </message>
    <message>
        <source>tokens per year</source>
        <translation>每年 token 数</translation>
    </message>
    <message>
        <source>capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>electricity tariff</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>IT life</source>
        <translation>IT 使用寿命</translation>
    </message>
    <message>
        <source>facility life</source>
        <translation>设施使用寿命</translation>
    </message>
    <message>
        <source>Capital cost (capex)</source>
        <translation>资本成本（资本支出）</translation>
    </message>
    <message>
        <source>What building and equipping the design costs: IT systems at their catalog prices, the network, the power chain and cooling by installed capacity, the shell by IT design load, and installation. Prices are catalog defaults (labelled assumptions) until you set your own.</source>
        <translation>建设和装配该设计的成本：IT 系统按目录价格计，网络、供电链和制冷按装机容量计，建筑主体按 IT 设计负载计，另加安装费用。在您自行设定之前，价格均为目录默认值（标注为假设）。</translation>
    </message>
    <message>
        <source>shell per W of IT design load</source>
        <translation>每 W IT 设计负载的建筑主体成本</translation>
    </message>
    <message>
        <source>installation share of equipment</source>
        <translation>安装费用占设备的比例</translation>
    </message>
    <message>
        <source>Operating cost per year (opex)</source>
        <translation>每年运营成本（运营支出）</translation>
    </message>
    <message>
        <source>What running the design costs per year: energy at the tariff, the demand charge, water, maintenance as a share of capex, staff and software.</source>
        <translation>该设计每年的运行成本：按电价计的能耗、需量电费、水费、按资本支出比例计的维护费、人员和软件费用。</translation>
    </message>
    <message>
        <source>Reused heat</source>
        <translation>回收余热</translation>
    </message>
    <message>
        <source>Heat the heat-reuse exchangers hand to district-heating or process networks in a year, hour by hour at the site&apos;s weather: at most what the exchangers carry at the loop&apos;s temperatures and what the receivers ask for that hour (their peak demand scaled by heating degree hours above a summer base). A heat pump&apos;s own work, where the network needs hotter water, is not counted.</source>
        <translation>余热回收换热器一年内向区域供热或工艺管网输送的热量，按站点气象逐小时计算：不超过换热器在回路温度下的承载能力，也不超过接收方当小时的需求（其峰值需求按高于夏季基准的供暖度时进行缩放）。当管网需要更高水温时，热泵自身的做功不计入。</translation>
    </message>
    <message>
        <source>reused = Σ 8,760 hours min(loop heat, exchanger capacity, receiver demand × (1 − 1/COP))</source>
        <translation>回收量 = Σ 8,760 小时 min(回路热量, 换热器容量, 接收方需求 × (1 − 1/COP))</translation>
    </message>
    <message>
        <source>facility loops&apos; heat</source>
        <translation>设施回路热量</translation>
    </message>
    <message>
        <source>heat pumps&apos; electricity</source>
        <translation>热泵耗电量</translation>
    </message>
    <message>
        <source>hours with heat reused</source>
        <translation>有余热回收的小时数</translation>
    </message>
    <message>
        <source>ERF (energy reuse factor)</source>
        <translation>ERF（能源再利用系数）</translation>
    </message>
    <message>
        <source>The share of the site&apos;s energy that leaves as useful heat: reused heat over the year&apos;s facility energy.</source>
        <translation>站点能耗中以有用热量形式输出的比例：回收余热除以全年设施能耗。</translation>
    </message>
    <message>
        <source>ERF = reused energy / annual facility energy</source>
        <translation>ERF = 回收能量 / 年设施能耗</translation>
    </message>
    <message>
        <source>reused heat</source>
        <translation>回收余热</translation>
    </message>
    <message>
        <source>ERE (energy reuse effectiveness)</source>
        <translation>ERE（能源再利用效率）</translation>
    </message>
    <message>
        <source>PUE with the reused heat taken off: below the annual PUE when heat is reused, equal to it when not (ERE = (1 − ERF) × PUE).</source>
        <translation>扣除回收余热后的 PUE：有余热回收时低于年 PUE，无回收时与之相等（ERE = (1 − ERF) × PUE）。</translation>
    </message>
    <message>
        <source>ERE = (annual facility energy − reused energy) / annual IT energy</source>
        <translation>ERE = (年设施能耗 − 回收能量) / 年 IT 能耗</translation>
    </message>
    <message>
        <source>annual PUE</source>
        <translation>年 PUE</translation>
    </message>
    <message>
        <source>Heat-reuse revenue</source>
        <translation>余热回收收入</translation>
    </message>
    <message>
        <source>revenue = reused heat (MWh) × 1000 × heat price (USD/kWh)</source>
        <translation>收入 = 回收余热（MWh）× 1000 × 热价（USD/kWh）</translation>
    </message>
    <message>
        <source>heat price</source>
        <translation>热价</translation>
    </message>
    <message>
        <source>grid carbon intensity (0: the climate&apos;s bundled figure)</source>
        <translation>电网碳排放强度（0：使用气候数据自带的数值）</translation>
    </message>
    <message>
        <source>grid intensity applied (see intensity_source)</source>
        <translation>采用的电网碳排放强度（见 intensity_source）</translation>
    </message>
    <message>
        <source>carbon-free supply share (PPA, on-site)</source>
        <translation>无碳电力供应占比（PPA、现场发电）</translation>
    </message>
    <message>
        <source>Scope 2 emissions (market-based)</source>
        <translation>范围 2 排放（基于市场）</translation>
    </message>
    <message>
        <source>CO₂ from the electricity the site draws in a year: each hour&apos;s facility energy at the grid&apos;s intensity (location-based), less the share matched by carbon-free contracts or on-site generation (market-based).</source>
        <translation>站点一年用电产生的 CO₂：每小时设施能耗按电网碳排放强度计算（基于位置），再扣除由无碳电力合同或现场发电匹配的部分（基于市场）。</translation>
    </message>
    <message>
        <source>Scope 2 = Σ hours facility energy (kWh) × grid intensity (g/kWh) / 10⁶ × (1 − carbon-free share)</source>
        <translation>范围 2 = Σ 各小时设施能耗（kWh）× 电网碳排放强度（g/kWh）/ 10⁶ × (1 − 无碳占比)</translation>
    </message>
    <message>
        <source>location-based Scope 2</source>
        <translation>基于位置的范围 2 排放</translation>
    </message>
    <message>
        <source>CUE (carbon usage effectiveness)</source>
        <translation>CUE（碳利用效率）</translation>
    </message>
    <message>
        <source>Kilograms of CO₂ (market-based Scope 2) per kWh of IT energy over the year.</source>
        <translation>全年每 kWh IT 能耗对应的 CO₂ 千克数（基于市场的范围 2）。</translation>
    </message>
    <message>
        <source>CUE = Scope 2 (t) × 1000 / annual IT energy (MWh × 1000)</source>
        <translation>CUE = 范围 2（t）× 1000 / 年 IT 能耗（MWh × 1000）</translation>
    </message>
    <message>
        <source>Scope 2 (market-based)</source>
        <translation>范围 2（基于市场）</translation>
    </message>
    <message>
        <source>Carbon per million tokens</source>
        <translation>每百万 token 碳排放</translation>
    </message>
    <message>
        <source>Grams of CO₂ (market-based Scope 2) for each million output tokens served in the year.</source>
        <translation>全年每服务百万输出 token 对应的 CO₂ 克数（基于市场的范围 2）。</translation>
    </message>
    <message>
        <source>g/Mtok = Scope 2 (t) × 10⁶ / (tokens per year / 10⁶)</source>
        <translation>g/Mtok = 范围 2（t）× 10⁶ / (每年 token 数 / 10⁶)</translation>
    </message>
    <message>
        <source>Water per million tokens</source>
        <translation>每百万 token 用水</translation>
    </message>
    <message>
        <source>Litres of site water (cooling-tower evaporation and blowdown) for each million output tokens.</source>
        <translation>每百万输出 token 消耗的站点用水量（冷却塔蒸发与排污），单位为升。</translation>
    </message>
    <message>
        <source>L/Mtok = annual water (m³) × 1000 / (tokens per year / 10⁶)</source>
        <translation>L/Mtok = 年用水量 (m³) × 1000 / (每年 token 数 / 10⁶)</translation>
    </message>
    <message>
        <source>Litres of site water per kWh of IT energy over the year (the same figure as /annual/wue_l_per_kwh).</source>
        <translation>全年每 kWh IT 能耗对应的站点用水量，单位为升（与 /annual/wue_l_per_kwh 为同一数值）。</translation>
    </message>
    <message>
        <source>WUE = annual water (m³) × 1000 / annual IT energy (MWh × 1000)</source>
        <translation>WUE = 年用水量 (m³) × 1000 / 年 IT 能耗 (MWh × 1000)</translation>
    </message>
    <message>
        <source>PUE (design point)</source>
        <translation>PUE（设计工况）</translation>
    </message>
    <message>
        <source>PUE = facility power / IT power</source>
        <translation>PUE = 设施功率 / IT 功率</translation>
    </message>
    <message>
        <source>facility power</source>
        <translation>设施功率</translation>
    </message>
    <message>
        <source>IT power</source>
        <translation>IT 功率</translation>
    </message>
    <message>
        <source>power-chain losses</source>
        <translation>供电链路损耗</translation>
    </message>
    <message>
        <source>cooling power</source>
        <translation>制冷功率</translation>
    </message>
    <message>
        <source>partial PUE of the power chain</source>
        <translation>供电链路的局部 PUE</translation>
    </message>
    <message>
        <source>partial PUE of cooling</source>
        <translation>制冷的局部 PUE</translation>
    </message>
    <message>
        <source>IT power (design point)</source>
        <translation>IT 功率（设计工况）</translation>
    </message>
    <message>
        <source>racks&apos; IT power</source>
        <translation>机柜 IT 功率</translation>
    </message>
    <message>
        <source>network at automatic positions</source>
        <translation>自动位置处的网络设备</translation>
    </message>
    <message>
        <source>load with no live feed (dropped)</source>
        <translation>无有效供电的负载（已舍弃）</translation>
    </message>
    <message>
        <source>of which network (switches, optics)</source>
        <translation>其中网络（交换机、光模块）</translation>
    </message>
    <message>
        <source>nameplate IT power (catalog maximum)</source>
        <translation>铭牌 IT 功率（目录最大值）</translation>
    </message>
    <message>
        <source>Facility power (design point)</source>
        <translation>设施功率（设计工况）</translation>
    </message>
    <message>
        <source>Everything the site draws from the grid at the design load: the IT power, the losses of transformers, UPS, PDUs and rectifiers on the way, and the power of the cooling plant (fans, pumps, chillers). The operating point&apos;s is /twin/coupled/facility_kw.</source>
        <translation>设计负载下站点从电网获取的全部功率：IT 功率、沿途变压器、UPS、PDU 和整流器的损耗，以及制冷设备（风机、泵、冷水机组）的功率。运行工况下的值见 /twin/coupled/facility_kw。</translation>
    </message>
    <message>
        <source>of cooling: chillers</source>
        <translation>制冷中：冷水机组</translation>
    </message>
    <message>
        <source>of cooling: air-unit fans</source>
        <translation>制冷中：空调机组风机</translation>
    </message>
    <message>
        <source>of cooling: CDU pumps</source>
        <translation>制冷中：CDU 泵</translation>
    </message>
    <message>
        <source>of cooling: dry coolers</source>
        <translation>制冷中：干冷器</translation>
    </message>
    <message>
        <source>of cooling: cooling towers</source>
        <translation>制冷中：冷却塔</translation>
    </message>
    <message>
        <source>PUE (operating point)</source>
        <translation>PUE（运行工况）</translation>
    </message>
    <message>
        <source>PUE (uncoupled pass)</source>
        <translation>PUE（非耦合计算）</translation>
    </message>
    <message>
        <source>IT power (operating point)</source>
        <translation>IT 功率（运行工况）</translation>
    </message>
    <message>
        <source>IT power (uncoupled pass)</source>
        <translation>IT 功率（非耦合计算）</translation>
    </message>
    <message>
        <source>IT power = power solve at each rack&apos;s activity and leakage factor, iterated with thermal and throughput to a fixed point</source>
        <translation>IT 功率 = 按各机柜的活动率和漏电系数进行功率求解，并与热力和吞吐量迭代至不动点</translation>
    </message>
    <message>
        <source>IT power at the design load</source>
        <translation>设计负载下的 IT 功率</translation>
    </message>
    <message>
        <source>servers in the deployments at their operating point</source>
        <translation>部署中处于运行工况的服务器</translation>
    </message>
    <message>
        <source>network power (same at any load)</source>
        <translation>网络功率（任何负载下均相同）</translation>
    </message>
    <message>
        <source>twin iterations</source>
        <translation>孪生迭代次数</translation>
    </message>
    <message>
        <source>Facility power (operating point)</source>
        <translation>设施功率（运行工况）</translation>
    </message>
    <message>
        <source>Facility power (uncoupled pass)</source>
        <translation>设施功率（非耦合计算）</translation>
    </message>
    <message>
        <source>facility power = PUE × IT power (the twin&apos;s power solve adds chain losses and cooling to IT)</source>
        <translation>设施功率 = PUE × IT 功率（孪生功率求解在 IT 之上加入链路损耗和制冷）</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>facility power at the design load</source>
        <translation>设计负载下的设施功率</translation>
    </message>
    <message>
        <source>USD/Mtok = site annual cost (USD) / (site tokens per year / 10⁶)</source>
        <translation>USD/Mtok = 站点年成本 (USD) / (站点每年 token 数 / 10⁶)</translation>
    </message>
    <message>
        <source>site annual cost</source>
        <translation>站点年成本</translation>
    </message>
    <message>
        <source>site tokens per year</source>
        <translation>站点每年 token 数</translation>
    </message>
    <message>
        <source>of which energy at the site&apos;s tariff</source>
        <translation>其中按站点电价计算的能耗</translation>
    </message>
    <message>
        <source>site tariff (0: the economics one)</source>
        <translation>站点电价（0：使用经济参数中的电价）</translation>
    </message>
    <message>
        <source>The site&apos;s market-based Scope 2 (its energy at its own grid) over the tokens it serves in a year.</source>
        <translation>站点基于市场的范围 2 排放（按其所在电网的能耗），除以其一年内服务的 token 数。</translation>
    </message>
    <message>
        <source>g/Mtok = site Scope 2 (t) × 10⁶ / (site tokens per year / 10⁶)</source>
        <translation>g/Mtok = 站点范围 2 (t) × 10⁶ / (站点每年 token 数 / 10⁶)</translation>
    </message>
    <message>
        <source>site Scope 2 (market-based)</source>
        <translation>站点范围 2（基于市场）</translation>
    </message>
    <message>
        <source>site grid intensity</source>
        <translation>站点电网碳排放强度</translation>
    </message>
    <message>
        <source>factory tokens per year (served)</source>
        <translation>工厂每年 token 数（已服务）</translation>
    </message>
    <message>
        <source>Cost per million tokens, whole factory</source>
        <translation>每百万 token 成本（整个工厂）</translation>
    </message>
    <message>
        <source>Every site&apos;s annualized capital cost and opex added up, over the tokens all sites serve in a year: a training site&apos;s cost falls on the factory&apos;s served tokens.</source>
        <translation>所有站点的年化资本成本和运营支出之和，除以所有站点一年内服务的 token 数：训练站点的成本计入工厂已服务的 token。</translation>
    </message>
    <message>
        <source>USD/Mtok = Σ sites annual cost (USD) / (Σ sites tokens per year / 10⁶)</source>
        <translation>USD/Mtok = Σ 站点年成本 (USD) / (Σ 站点每年 token 数 / 10⁶)</translation>
    </message>
    <message>
        <source>Carbon per million tokens, whole factory</source>
        <translation>每百万 token 碳排放（整个工厂）</translation>
    </message>
    <message>
        <source>Every site&apos;s market-based Scope 2 (each at its own grid) added up, over the tokens all sites serve in a year.</source>
        <translation>所有站点基于市场的范围 2 排放（各自按所在电网计算）之和，除以所有站点一年内服务的 token 数。</translation>
    </message>
    <message>
        <source>g/Mtok = Σ sites Scope 2 (t) × 10⁶ / (Σ sites tokens per year / 10⁶)</source>
        <translation>g/Mtok = Σ 站点范围 2 (t) × 10⁶ / (Σ 站点每年 token 数 / 10⁶)</translation>
    </message>
    <message>
        <source>Maximum rack inlet temperature</source>
        <translation>机柜最高进风温度</translation>
    </message>
    <message>
        <source>max inlet = max over racks of the rack inlet temperature</source>
        <translation>最高进风温度 = 所有机柜进风温度的最大值</translation>
    </message>
    <message>
        <source>mean rack inlet</source>
        <translation>机柜平均进风温度</translation>
    </message>
    <message>
        <source>RCI_HI (Rack Cooling Index, high side)</source>
        <translation>RCI_HI（机柜冷却指数，高温侧）</translation>
    </message>
    <message>
        <source>RCI_LO (Rack Cooling Index, low side)</source>
        <translation>RCI_LO（机柜冷却指数，低温侧）</translation>
    </message>
    <message>
        <source>RCI_HI = (1 − Σ max(0, T_inlet − T_rec,max) / ((T_all,max − T_rec,max) × n racks)) × 100 %</source>
        <translation>RCI_HI = (1 − Σ max(0, T_inlet − T_rec,max) / ((T_all,max − T_rec,max) × n 个机柜)) × 100 %</translation>
    </message>
    <message>
        <source>RCI_LO = (1 − Σ max(0, T_rec,min − T_inlet) / ((T_rec,min − T_all,min) × n racks)) × 100 %</source>
        <translation>RCI_LO = (1 − Σ max(0, T_rec,min − T_inlet) / ((T_rec,min − T_all,min) × n 个机柜)) × 100 %</translation>
    </message>
    <message>
        <source>RTI (Return Temperature Index)</source>
        <translation>RTI（回风温度指数）</translation>
    </message>
    <message>
        <source>GPU slowdown (throttle) temperature</source>
        <translation>GPU 降频（节流）温度</translation>
    </message>
    <message>
        <source>GPU maximum operating temperature</source>
        <translation>GPU 最高工作温度</translation>
    </message>
    <message>
        <source>junction-to-case resistance ψjc</source>
        <translation>结到壳热阻 ψjc</translation>
    </message>
    <message>
        <source>cold-plate resistance (assumption)</source>
        <translation>冷板热阻（假设值）</translation>
    </message>
    <message>
        <source>air heat-sink resistance (assumption)</source>
        <translation>风冷散热器热阻（假设值）</translation>
    </message>
    <message>
        <source>Maximum GPU junction temperature (operating point)</source>
        <translation>GPU 最高结温（运行点）</translation>
    </message>
    <message>
        <source>Maximum GPU junction temperature (uncoupled pass)</source>
        <translation>GPU 最高结温（非耦合计算）</translation>
    </message>
    <message>
        <source>racks throttled</source>
        <translation>降频机柜数</translation>
    </message>
    <message>
        <source>The temperature of the GPU dies in this rack at the design load: the cooling medium they sit in (cold-plate coolant, or the rack&apos;s inlet air) plus the chip power times the thermal resistance from die to that medium.</source>
        <translation>该机柜中 GPU 芯片在设计负载下的温度：其所处冷却介质（冷板冷却液或机柜进风）的温度，加上芯片功率乘以芯片到该介质的热阻。</translation>
    </message>
    <message>
        <source>coolant supply</source>
        <translation>冷却液供液</translation>
    </message>
    <message>
        <source>coolant return</source>
        <translation>冷却液回液</translation>
    </message>
    <message>
        <source>rack inlet air</source>
        <translation>机柜进风</translation>
    </message>
    <message>
        <source>GPU power of the rack</source>
        <translation>机柜 GPU 功率</translation>
    </message>
    <message>
        <source>GPUs in the rack</source>
        <translation>机柜内 GPU 数</translation>
    </message>
    <message>
        <source>leakage factor (power at T_j / nominal)</source>
        <translation>泄漏系数（T_j 下功率 / 额定值）</translation>
    </message>
    <message>
        <source>The air temperature at this rack&apos;s front at the design load: the cooling units&apos; supply air plus what hot exhaust recirculates into it.</source>
        <translation>该机柜正面在设计负载下的空气温度：空调机组送风温度，加上回流混入的热排风带来的温升。</translation>
    </message>
    <message>
        <source>rack outlet</source>
        <translation>机柜出风</translation>
    </message>
    <message>
        <source>Tokens per second (design solve)</source>
        <translation>每秒 token 数（设计求解）</translation>
    </message>
    <message>
        <source>Output tokens per second of all deployments together, each at its solved operating point (best layout and batch within its latency limits, at the clocks the thermal solve allows). The coupled twin&apos;s figure, after power and heat feed back, is /twin/coupled/tokens_per_s.</source>
        <translation>所有部署合计的每秒输出 token 数，每个部署均处于其求解运行点（在延迟限值内的最佳布局和批次，采用热求解允许的时钟频率）。耦合孪生在功率与热量反馈后的数值见 /twin/coupled/tokens_per_s。</translation>
    </message>
    <message>
        <source>tokens/s = Σ deployments&apos; tokens/s</source>
        <translation>tokens/s = Σ 各部署的 tokens/s</translation>
    </message>
    <message>
        <source>Tokens per second (operating point)</source>
        <translation>每秒 token 数（运行点）</translation>
    </message>
    <message>
        <source>Output tokens per second of all deployments at the coupled twin&apos;s operating point: where hot GPUs throttle, their replicas make fewer tokens. Equal to the design solve&apos;s /throughput/tokens_per_s when nothing throttles (up to the twin&apos;s tolerance).</source>
        <translation>耦合孪生运行点下所有部署的每秒输出 token 数：过热 GPU 降频时，其副本产出的 token 会减少。无降频时等于设计求解的 /throughput/tokens_per_s（在孪生容差范围内）。</translation>
    </message>
    <message>
        <source>tokens/s = Σ deployments&apos; tokens/s at the clocks of the converged thermal solve</source>
        <translation>tokens/s = Σ 各部署在收敛热求解时钟频率下的 tokens/s</translation>
    </message>
    <message>
        <source>tokens/s in the design solve</source>
        <translation>设计求解中的 tokens/s</translation>
    </message>
    <message>
        <source>tokens/s after the first, uncoupled pass</source>
        <translation>首次非耦合计算后的 tokens/s</translation>
    </message>
    <message>
        <source>tokens/s = tokens/s per GPU × GPUs used (= batch / TPOT × replicas × load)</source>
        <translation>tokens/s = 每 GPU tokens/s × 已用 GPU 数（= 批次 / TPOT × 副本数 × 负载）</translation>
    </message>
    <message>
        <source>tokens/s per GPU</source>
        <translation>每 GPU token/秒</translation>
    </message>
    <message>
        <source>GPUs used</source>
        <translation>已用 GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>batch per replica</source>
        <translation>每副本批次</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>副本数</translation>
    </message>
    <message>
        <source>load (share of capacity)</source>
        <translation>负载（占容量比例）</translation>
    </message>
    <message>
        <source>Tokens per joule (servers)</source>
        <translation>每焦耳 token 数（服务器）</translation>
    </message>
    <message>
        <source>tokens/J = tokens/s / (server power in kW × 1000)</source>
        <translation>tokens/J = tokens/s / (服务器功率 kW × 1000)</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>server power of the deployments</source>
        <translation>部署的服务器功率</translation>
    </message>
    <message>
        <source>of which GPU power</source>
        <translation>其中 GPU 功率</translation>
    </message>
    <message>
        <source>Tokens per joule (facility, design PUE)</source>
        <translation>每焦耳 token 数（设施，设计 PUE）</translation>
    </message>
    <message>
        <source>Output tokens per joule the whole facility draws: the servers&apos; tokens per joule divided by the design-load PUE, so cooling and power-chain losses count. The operating point&apos;s figure is /twin/coupled/tokens_per_joule_facility.</source>
        <translation>整个设施每消耗一焦耳能量输出的 token 数：服务器每焦耳 token 数除以设计负载 PUE，从而计入冷却和供电链损耗。运行点下的数值见 /twin/coupled/tokens_per_joule_facility。</translation>
    </message>
    <message>
        <source>tokens/J (facility) = tokens/J (servers) / PUE (design point)</source>
        <translation>tokens/J (设施) = tokens/J (服务器) / PUE (设计点)</translation>
    </message>
    <message>
        <source>tokens per joule at the servers</source>
        <translation>服务器端每焦耳 token 数</translation>
    </message>
    <message>
        <source>Tokens per joule (facility, operating point)</source>
        <translation>每焦耳 token 数（设施，运行点）</translation>
    </message>
    <message>
        <source>Output tokens per joule the whole facility draws at the coupled twin&apos;s operating point: every watt counts, servers, network, power-chain losses and cooling, and idle racks too.</source>
        <translation>耦合孪生运行点下整个设施每消耗一焦耳能量输出的 token 数：每一瓦都计入，包括服务器、网络、供电链损耗和冷却，空闲机柜也计入。</translation>
    </message>
    <message>
        <source>tokens/J = tokens/s / (facility power in kW × 1000)</source>
        <translation>tokens/J = tokens/s / (设施功率 kW × 1000)</translation>
    </message>
    <message>
        <source>tokens/s (operating point)</source>
        <translation>tokens/s（运行点）</translation>
    </message>
    <message>
        <source>facility power (operating point)</source>
        <translation>设施功率（运行点）</translation>
    </message>
    <message>
        <source>facility tokens/J at the design PUE</source>
        <translation>设计 PUE 下的设施 tokens/J</translation>
    </message>
    <message>
        <source>Output tokens per joule this deployment&apos;s servers draw at its operating point (GPUs plus the rest of each server).</source>
        <translation>该部署的服务器在其运行点下每消耗一焦耳能量输出的 token 数（GPU 加上每台服务器的其余部分）。</translation>
    </message>
    <message>
        <source>tokens/J = tokens/s / server power in W</source>
        <translation>tokens/J = tokens/s / 服务器功率 (W)</translation>
    </message>
    <message>
        <source>server power</source>
        <translation>服务器功率</translation>
    </message>
    <message>
        <source>GPU power</source>
        <translation>GPU 功率</translation>
    </message>
    <message>
        <source>tokens per joule at the GPUs</source>
        <translation>GPU 端每焦耳 token 数</translation>
    </message>
    <message>
        <source>TPOT (iteration time)</source>
        <translation>TPOT（迭代时间）</translation>
    </message>
    <message>
        <source>batch per replica (queue slots)</source>
        <translation>每副本批次（队列槽位）</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>prefill-to-decode KV transfer</source>
        <translation>预填充到解码的 KV 传输</translation>
    </message>
    <message>
        <source>prompt (input) tokens</source>
        <translation>提示词（输入）token 数</translation>
    </message>
    <message>
        <source>TTFT limit (p99)</source>
        <translation>TTFT 限值（p99）</translation>
    </message>
    <message>
        <source>simulated p50</source>
        <translation>仿真 p50</translation>
    </message>
    <message>
        <source>simulated p99</source>
        <translation>仿真 p99</translation>
    </message>
    <message>
        <source>TPOT limit</source>
        <translation>TPOT 上限</translation>
    </message>
    <message>
        <source>simulated requests</source>
        <translation>仿真请求数</translation>
    </message>
    <message>
        <source>mean batch in the simulation</source>
        <translation>仿真平均批次</translation>
    </message>
    <message>
        <source>Cost per million tokens at site %1</source>
        <translation>站点 %1 的每百万 token 成本</translation>
    </message>
    <message>
        <source>Carbon per million tokens at site %1</source>
        <translation>站点 %1 的每百万 token 碳排放</translation>
    </message>
    <message>
        <source>GPU junction temperature of %1 (design point)</source>
        <translation>%1 的 GPU 结温（设计点）</translation>
    </message>
    <message>
        <source>Inlet temperature of %1</source>
        <translation>%1 的进风温度</translation>
    </message>
    <message>
        <source>Tokens per second of %1</source>
        <translation>%1 的每秒 token 数</translation>
    </message>
    <message>
        <source>Tokens per joule of %1</source>
        <translation>%1 的每焦耳 token 数</translation>
    </message>
    <message>
        <source>TTFT of %1 (analytic)</source>
        <translation>%1 的 TTFT（解析）</translation>
    </message>
    <message>
        <source>TPOT of %1 (analytic)</source>
        <translation>%1 的 TPOT（解析）</translation>
    </message>
    <message>
        <source>TTFT %1 of %2 (simulated)</source>
        <translation>%2 的 TTFT %1（仿真）</translation>
    </message>
    <message>
        <source>TPOT %1 of %2 (simulated)</source>
        <translation>%2 的 TPOT %1（仿真）</translation>
    </message>
    <message>
        <source>The year&apos;s energy-weighted PUE: facility energy over IT energy, hour by hour through a year at the site&apos;s weather, with the deployments busy for their utilization share of the hours and idle otherwise. It is what the energy bill sees; the design-load PUE is /power/pue and the operating point&apos;s /twin/coupled/pue.</source>
        <translation>全年按能耗加权的 PUE：按站点气象逐小时计算全年的设施能耗与 IT 能耗之比，各部署在其利用率对应的小时数内处于繁忙状态，其余时间空闲。它反映的是电费账单所见的数值；设计负载下的 PUE 见 /power/pue，运行工况下的 PUE 见 /twin/coupled/pue。</translation>
    </message>
    <message>
        <source>Power usage effectiveness at the design load: everything the facility draws from the grid divided by what reaches the IT equipment, with every GPU at full activity. 1.0 would mean no power-chain losses and no cooling; the operating point&apos;s PUE is /twin/coupled/pue and the year&apos;s energy-weighted PUE is /annual/annual_pue.</source>
        <translation>设计负载下的电能使用效率：设施从电网获取的全部电能除以到达 IT 设备的电能，所有 GPU 均满负荷运行。1.0 表示没有供电链路损耗且没有制冷；运行工况下的 PUE 见 /twin/coupled/pue，全年按能耗加权的 PUE 见 /annual/annual_pue。</translation>
    </message>
    <message>
        <source>The power the IT equipment draws at the design load: every rack&apos;s servers (GPUs at full activity, CPUs, NICs, fans, power-supply loss) plus the network gear at automatic positions. It is the sizing load; the power at the workloads&apos; operating point is /twin/coupled/it_kw.</source>
        <translation>设计负载下 IT 设备的功耗：每个机柜的服务器（GPU 满负荷运行、CPU、网卡、风扇、电源损耗），加上自动位置处的网络设备。它是设备选型所依据的负载；工作负载运行工况下的功率见 /twin/coupled/it_kw。</translation>
    </message>
    <message>
        <source>The site&apos;s annualized capital cost and opex (its energy at its own tariff) over the tokens its serving deployments make in a year; none where only training runs.</source>
        <translation>站点的年化资本成本和运营支出（按其自身电价计算的能耗），除以其推理服务部署一年内产出的 token 数；仅运行训练的站点无此值。</translation>
    </message>
    <message>
        <source>The hottest air entering any rack&apos;s front at the design load, from the thermal model the solve ran (tier T0 per hall, or the T1 3D air field). ASHRAE recommends 18-27 °C at the inlet; above the allowable limit of the hall&apos;s class the IT equipment is out of its rating.</source>
        <translation>设计负载下进入任一机柜正面的最热空气温度，取自求解所用的热模型（每个机房的 T0 层级，或 T1 三维气流场）。ASHRAE 建议在进风口处保持 18-27 °C；超过机房等级的允许上限时，IT 设备将超出其额定工作范围。</translation>
    </message>
    <message>
        <source>How well the rack inlets stay below the recommended maximum: 100 % means no rack inlet is above it; the index falls with the total over-temperature, and below 90 % is rated poor.</source>
        <translation>机柜进风温度保持在推荐最大值以下的程度：100 % 表示没有任何机柜进风温度超过该值；该指数随总超温量增加而下降，低于 90 % 评为差。</translation>
    </message>
    <message>
        <source>How much of the cooling air actually passes through the racks: 100 % is balanced; below 100 % cold air bypasses the racks back to the cooling units, above 100 % hot exhaust recirculates into rack inlets. Per hall, then weighted by each hall&apos;s rack airflow.</source>
        <translation>冷却风实际流经机柜的比例：100 % 表示平衡；低于 100 % 表示冷风绕过机柜直接回到空调机组，高于 100 % 表示热排风回流进入机柜进风口。先按机房计算，再按各机房的机柜风量加权。</translation>
    </message>
    <message>
        <source>Output tokens per second this deployment makes at its operating point: every replica runs a batch of sequences, each advancing one token per decode iteration (TPOT); server modes run at the load that still meets the latency limits.</source>
        <translation>该部署在其运行点下的每秒输出 token 数：每个副本运行一个由多条序列组成的批次，每次解码迭代（TPOT）各序列前进一个 token；服务器模式在仍满足延迟限值的负载下运行。</translation>
    </message>
    <message>
        <source>Output tokens per joule of energy the deployments&apos; servers draw (GPUs, CPUs, NICs, fans, power-supply loss) at their operating points; the facility-level figure, including cooling and power-chain losses, is /throughput/tokens_per_joule_facility.</source>
        <translation>部署的服务器每消耗一焦耳能量输出的 token 数（GPU、CPU、网卡、风扇、电源损耗），均处于各自运行点；包含冷却和供电链损耗的设施级数值见 /throughput/tokens_per_joule_facility。</translation>
    </message>
    <message>
        <source>Time to first token, analytic p99: the prompt&apos;s prefill time plus the 99th-percentile wait for a batch slot (M/M/c queue, Erlang C) at the solved load. The load is raised until this meets the TTFT limit, so it often equals the limit; the event simulation&apos;s p50/p90/p99 are under simulated/.</source>
        <translation>首 token 时延，解析 p99：提示词的预填充时间，加上在求解负载下等待批次槽位的第 99 百分位时间（M/M/c 排队，Erlang C）。负载会被逐步提高，直到该值满足 TTFT 限值，因此它往往等于该限值；事件仿真的 p50/p90/p99 见 simulated/ 下。</translation>
    </message>
    <message>
        <source>Time per output token: the decode iteration time with the full batch, in which every running sequence gets one token. It is the slowest steady-state pace at the solved batch; the event simulation&apos;s p50/p90/p99 (at the batch actually running) are under simulated/.</source>
        <translation>每输出 token 时间：满批次下的解码迭代时间，每个运行中的序列在一次迭代中获得一个 token。它是在求解得到的批次下最慢的稳态速率；事件仿真的 p50/p90/p99（按实际运行的批次）见 simulated/ 下。</translation>
    </message>
</context>
<context>
    <name>aif::ExplainPanel</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <source>Explain this number</source>
        <translation>解释此数值</translation>
    </message>
    <message>
        <source>Back to the figure this one was opened from</source>
        <translation>返回打开此数值的上一个数值</translation>
    </message>
    <message>
        <source>Stale: the design changed since this solve; a new solve is running.</source>
        <translation>已过期：自本次求解后设计已更改；正在重新求解。</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <source>Solve the design (Analyze ▸ Solve, F5) to explain its figures.</source>
        <translation>求解设计（分析 ▸ 求解，F5）后即可解释其数值。</translation>
    </message>
    <message>
        <source>At %1 in the solve result.</source>
        <translation>位于求解结果的 %1 处。</translation>
    </message>
    <message>
        <source>The solve result holds %1 (at %2).</source>
        <translation>求解结果中的值为 %1（位于 %2）。</translation>
    </message>
</context>
<context>
    <name>aif::ExportImageDialog</name>
    <message>
        <source>Export Image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080（全高清）</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160 (4K)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>%1 × %2 pixels; the 3D view is a rendered image (PNG only)</source>
        <translation>%1 × %2 像素；三维视图为渲染图像（仅支持 PNG）</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>choose a file</source>
        <translation>请选择文件</translation>
    </message>
    <message>
        <source>no view to export</source>
        <translation>没有可导出的视图</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>aif::Field</name>
    <message>
        <source>Open-aisle recirculation</source>
        <translation>开放通道回流</translation>
    </message>
    <message>
        <source>Fast model (T0): share of a rack&apos;s intake that is exhaust air where no containment separates the aisles.</source>
        <translation>快速模型（T0）：在没有通道封闭分隔冷热通道时，机柜进风中排风所占的比例。</translation>
    </message>
    <message>
        <source>Row-end recirculation</source>
        <translation>列端回流</translation>
    </message>
    <message>
        <source>Fast model (T0): share of the end rack&apos;s intake that is exhaust wrapping around the open end of its row.</source>
        <translation>快速模型（T0）：列端机柜进风中绕过该机柜列开放端的排风所占的比例。</translation>
    </message>
    <message>
        <source>Rack exhaust throw</source>
        <translation>机柜排风射程</translation>
    </message>
    <message>
        <source>3D field (T1): distance over which a rack&apos;s exhaust keeps its direction.</source>
        <translation>3D 场（T1）：机柜排风保持其方向的距离。</translation>
    </message>
    <message>
        <source>Air-unit supply throw</source>
        <translation>空调机组送风射程</translation>
    </message>
    <message>
        <source>3D field (T1): distance over which an air unit&apos;s supply keeps its direction.</source>
        <translation>3D 场（T1）：空调机组送风保持其方向的距离。</translation>
    </message>
    <message>
        <source>Floor-tile jet height</source>
        <translation>地板送风口射流高度</translation>
    </message>
    <message>
        <source>3D field (T1): height to which a floor tile&apos;s supply rises as a jet.</source>
        <translation>3D 场（T1）：地板送风口送风以射流形式上升所达到的高度。</translation>
    </message>
    <message>
        <source>Turbulent diffusivity</source>
        <translation>湍流扩散系数</translation>
    </message>
    <message>
        <source>3D field (T1): eddy diffusivity of heat in m²/s.</source>
        <translation>3D 场（T1）：热量的涡流扩散系数，单位 m²/s。</translation>
    </message>
    <message>
        <source>Recirculation coefficient</source>
        <translation>回流系数</translation>
    </message>
    <message>
        <source>3D field (T1): share of intake air drawn from the exhaust zone by the racks farthest from any supply.</source>
        <translation>3D 场（T1）：距任何送风最远的机柜从排风区吸入的进风比例。</translation>
    </message>
    <message>
        <source>Buoyancy</source>
        <translation>浮力</translation>
    </message>
    <message>
        <source>3D field (T1): warm air rises.</source>
        <translation>3D 场（T1）：热空气上升。</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>网格单元</translation>
    </message>
    <message>
        <source>3D field (T1): grid cell size; 0.3 m or less resolves a 0.6 m rack.</source>
        <translation>3D 场（T1）：网格单元尺寸；0.3 m 或更小可分辨 0.6 m 宽的机柜。</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>The hall the unit stands in.</source>
        <translation>该机组所在的机房。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>CRAH: perimeter computer-room air handler; in-row: cooler between racks; rear door: heat exchanger on a rack&apos;s back; fan wall: large wall of fans and coils.</source>
        <translation>CRAH：机房周边布置的精密空调；列间：机柜之间的空调；背板：装在机柜背面的换热器；风墙：由风机和盘管组成的大型墙体。</translation>
    </message>
    <message>
        <source>CRAH (perimeter)</source>
        <translation>CRAH（周边布置）</translation>
    </message>
    <message>
        <source>In-row cooler</source>
        <translation>列间空调</translation>
    </message>
    <message>
        <source>Rear-door heat exchanger</source>
        <translation>背板换热器</translation>
    </message>
    <message>
        <source>Fan wall</source>
        <translation>风墙</translation>
    </message>
    <message>
        <source>Catalog model</source>
        <translation>目录型号</translation>
    </message>
    <message>
        <source>Catalog entry the rated values were copied from (capacity, airflow, fan power, size).</source>
        <translation>额定值（容量、风量、风机功率、尺寸）所复制自的目录条目。</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Centre of the unit across the hall, from the hall&apos;s west wall.</source>
        <translation>机组中心在机房横向上的位置，从机房西墙起算。</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Centre of the unit along the hall, from the hall&apos;s south wall.</source>
        <translation>机组中心在机房纵向上的位置，从机房南墙起算。</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Direction the unit blows its supply air: 0 south, 90 east, 180 north, 270 west.</source>
        <translation>机组送风方向：0 为南，90 为东，180 为北，270 为西。</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Footprint along the unit&apos;s face.</source>
        <translation>沿机组正面方向的占地尺寸。</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Footprint front to back.</source>
        <translation>从前到后的占地尺寸。</translation>
    </message>
    <message>
        <source>Cooling capacity</source>
        <translation>制冷量</translation>
    </message>
    <message>
        <source>Sensible heat the unit removes at its rated conditions.</source>
        <translation>机组在额定工况下带走的显热。</translation>
    </message>
    <message>
        <source>Airflow</source>
        <translation>风量</translation>
    </message>
    <message>
        <source>Air the unit moves at full fan speed.</source>
        <translation>风机全速运行时机组的送风量。</translation>
    </message>
    <message>
        <source>Fan power at rated flow</source>
        <translation>额定风量下风机功率</translation>
    </message>
    <message>
        <source>Electrical power of the fans at the rated airflow; it scales with the cube of fan speed.</source>
        <translation>额定风量下风机的电功率；与风机转速的三次方成正比。</translation>
    </message>
    <message>
        <source>Supply air setpoint</source>
        <translation>送风温度设定值</translation>
    </message>
    <message>
        <source>Temperature of the air the unit delivers to the cold aisle.</source>
        <translation>机组送入冷通道的空气温度。</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>送风方式</translation>
    </message>
    <message>
        <source>Where the unit blows its air: into the room, down into the raised-floor plenum (to the floor tiles) or into overhead ducts.</source>
        <translation>机组的送风去向：送入室内、向下送入架空地板静压箱（经地板送风口送出）或送入顶部风管。</translation>
    </message>
    <message>
        <source>Into the room</source>
        <translation>送入室内</translation>
    </message>
    <message>
        <source>Under the raised floor</source>
        <translation>架空地板下</translation>
    </message>
    <message>
        <source>Overhead ducts</source>
        <translation>顶部风管</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制方式</translation>
    </message>
    <message>
        <source>Supply control holds the supply setpoint; return control holds the return air at its setpoint and lets the supply float.</source>
        <translation>送风控制维持送风温度设定值；回风控制将回风温度维持在其设定值，送风温度随之浮动。</translation>
    </message>
    <message>
        <source>Supply temperature</source>
        <translation>送风温度</translation>
    </message>
    <message>
        <source>Return temperature</source>
        <translation>回风温度</translation>
    </message>
    <message>
        <source>Return air setpoint</source>
        <translation>回风温度设定值</translation>
    </message>
    <message>
        <source>Return-temperature control: the return air temperature the unit holds.</source>
        <translation>回风温度控制：机组维持的回风温度。</translation>
    </message>
    <message>
        <source>Fan shut-off pressure</source>
        <translation>风机关断压力</translation>
    </message>
    <message>
        <source>Fan curve, Pa: the static pressure the fans reach at zero flow (0: the airflow is fixed). With it the airflow under a raised floor follows the plenum&apos;s pressure.</source>
        <translation>风机曲线，Pa：风机在零流量时达到的静压（0：风量固定）。设置后，架空地板下的风量将随静压箱压力变化。</translation>
    </message>
    <message>
        <source>Rated external static</source>
        <translation>额定机外静压</translation>
    </message>
    <message>
        <source>Fan curve, Pa: the external static pressure at which the unit delivers its rated airflow.</source>
        <translation>风机曲线，Pa：机组输出额定风量时的机外静压。</translation>
    </message>
    <message>
        <source>Chilled-water loop</source>
        <translation>冷冻水回路</translation>
    </message>
    <message>
        <source>The chilled-water loop that takes the unit&apos;s heat away.</source>
        <translation>带走该机组热量的冷冻水回路。</translation>
    </message>
    <message>
        <source>Mounted on rack</source>
        <translation>安装于机柜</translation>
    </message>
    <message>
        <source>Rear-door units: the rack whose exhaust the door cools.</source>
        <translation>背板机组：其排风由该背板冷却的机柜。</translation>
    </message>
    <message>
        <source>Failed (what-if)</source>
        <translation>故障（假设分析）</translation>
    </message>
    <message>
        <source>Take the unit out of service to test redundancy (what-if).</source>
        <translation>使该机组停止运行以测试冗余（假设分析）。</translation>
    </message>
    <message>
        <source>The hall the CDU stands in.</source>
        <translation>该 CDU 所在的机房。</translation>
    </message>
    <message>
        <source>Catalog entry the rated values were copied from.</source>
        <translation>额定值所复制自的目录条目。</translation>
    </message>
    <message>
        <source>Centre of the CDU across the hall, from the hall&apos;s west wall.</source>
        <translation>CDU 中心在机房横向上的位置，从机房西墙起算。</translation>
    </message>
    <message>
        <source>Centre of the CDU along the hall, from the hall&apos;s south wall.</source>
        <translation>CDU 中心在机房纵向上的位置，从机房南墙起算。</translation>
    </message>
    <message>
        <source>Orientation on the plan in quarter turns.</source>
        <translation>在平面图上的朝向，以 90° 为单位。</translation>
    </message>
    <message>
        <source>Footprint along the CDU&apos;s front.</source>
        <translation>沿 CDU 正面方向的占地尺寸。</translation>
    </message>
    <message>
        <source>Primary (facility) loop</source>
        <translation>一次侧（设施）回路</translation>
    </message>
    <message>
        <source>Facility or chilled-water loop on the CDU&apos;s primary side (where its heat goes).</source>
        <translation>CDU 一次侧的设施水或冷冻水回路（其热量的去向）。</translation>
    </message>
    <message>
        <source>Secondary (TCS) loop</source>
        <translation>二次侧（TCS）回路</translation>
    </message>
    <message>
        <source>Technology cooling loop (TCS) the CDU pumps through the racks&apos; cold plates.</source>
        <translation>CDU 泵送流经机柜冷板的技术冷却回路（TCS）。</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Heat the CDU&apos;s exchanger transfers at its rated approach.</source>
        <translation>CDU 换热器在额定逼近温差下传递的热量。</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>逼近温差</translation>
    </message>
    <message>
        <source>How much warmer the secondary supply is than the primary supply.</source>
        <translation>二次侧供液温度高出一次侧供液温度的值。</translation>
    </message>
    <message>
        <source>Secondary flow</source>
        <translation>二次侧流量</translation>
    </message>
    <message>
        <source>Coolant flow of the secondary pump at its rated point.</source>
        <translation>二次侧泵在额定工况点的冷却液流量。</translation>
    </message>
    <message>
        <source>Pump head</source>
        <translation>扬程</translation>
    </message>
    <message>
        <source>Pressure the secondary pump delivers at rated flow.</source>
        <translation>二次侧泵在额定流量下提供的压力。</translation>
    </message>
    <message>
        <source>Pump efficiency</source>
        <translation>泵效率</translation>
    </message>
    <message>
        <source>Hydraulic power over electrical power of the pump.</source>
        <translation>泵的水力功率与电功率之比。</translation>
    </message>
    <message>
        <source>Secondary pumps</source>
        <translation>二次侧泵</translation>
    </message>
    <message>
        <source>Secondary pumps installed (typically two: N+1).</source>
        <translation>已安装的二次侧泵数量（通常为两台：N+1）。</translation>
    </message>
    <message>
        <source>Standby pumps</source>
        <translation>备用泵</translation>
    </message>
    <message>
        <source>Pumps beyond those the rated flow needs; the others are the duty pumps.</source>
        <translation>超出额定流量所需数量的泵；其余为运行泵。</translation>
    </message>
    <message>
        <source>Failed pumps (what-if)</source>
        <translation>故障泵（假设分析）</translation>
    </message>
    <message>
        <source>Pumps out of service: once they eat into the duty pumps the secondary flow falls in proportion; with all of them down the CDU moves no coolant.</source>
        <translation>停止运行的泵：一旦影响到运行泵，二次侧流量将按比例下降；全部停运时 CDU 不再输送冷却液。</translation>
    </message>
    <message>
        <source>Take the CDU out of service to test redundancy (what-if).</source>
        <translation>使该 CDU 停止运行以测试冗余（假设分析）。</translation>
    </message>
    <message>
        <source>The hall the containment stands in.</source>
        <translation>该通道封闭所在的机房。</translation>
    </message>
    <message>
        <source>Hot aisle: encloses the exhaust side of the rows; cold aisle: encloses the intake side.</source>
        <translation>热通道：封闭机柜列的排风侧；冷通道：封闭进风侧。</translation>
    </message>
    <message>
        <source>Hot aisle</source>
        <translation>热通道</translation>
    </message>
    <message>
        <source>Cold aisle</source>
        <translation>冷通道</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>机柜列</translation>
    </message>
    <message>
        <source>Rows whose aisle the containment closes.</source>
        <translation>通道被该通道封闭所封闭的机柜列。</translation>
    </message>
    <message>
        <source>Centre of the contained zone across the hall.</source>
        <translation>封闭区域中心在机房横向上的位置。</translation>
    </message>
    <message>
        <source>Centre of the contained zone along the hall.</source>
        <translation>封闭区域中心在机房纵向上的位置。</translation>
    </message>
    <message>
        <source>Extent of the zone across the hall.</source>
        <translation>该区域在机房横向上的范围。</translation>
    </message>
    <message>
        <source>Extent of the zone along the hall.</source>
        <translation>该区域在机房纵向上的范围。</translation>
    </message>
    <message>
        <source>Leakage</source>
        <translation>泄漏率</translation>
    </message>
    <message>
        <source>Share of the rack airflow that leaks past doors, gaps and missing blanking panels.</source>
        <translation>经由门、缝隙和缺失的盲板泄漏的机柜风量比例。</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>The LLM served or trained (catalog).</source>
        <translation>所推理或训练的 LLM（目录）。</translation>
    </message>
    <message>
        <source>GPU pool (racks)</source>
        <translation>GPU 池（机柜）</translation>
    </message>
    <message>
        <source>Racks whose GPUs form the deployment&apos;s pool; pick them on the plan (right-click ▸ GPU pool).</source>
        <translation>其 GPU 构成该部署 GPU 池的机柜；在平面图上选择（右键 ▸ GPU 池）。</translation>
    </message>
    <message>
        <source>GPUs used</source>
        <translation>已用 GPU</translation>
    </message>
    <message>
        <source>GPUs the deployment uses; 0 uses every GPU in the pool&apos;s racks.</source>
        <translation>该部署使用的 GPU 数量；0 表示使用池中机柜的全部 GPU。</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Number format of weights and math: bf16, fp8, fp4 or int8.</source>
        <translation>权重和计算的数值格式：bf16、fp8、fp4 或 int8。</translation>
    </message>
    <message>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <source>FP8</source>
        <translation>FP8</translation>
    </message>
    <message>
        <source>FP4</source>
        <translation>FP4</translation>
    </message>
    <message>
        <source>INT8</source>
        <translation>INT8</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <source>Tensor parallelism: GPUs that split every layer (within one scale-up domain).</source>
        <translation>张量并行：切分每一层的 GPU 数（在一个纵向扩展域内）。</translation>
    </message>
    <message>
        <source>Pipeline parallel</source>
        <translation>流水线并行</translation>
    </message>
    <message>
        <source>Pipeline parallelism: stages the layers are split into.</source>
        <translation>流水线并行：模型各层被切分成的阶段数。</translation>
    </message>
    <message>
        <source>Expert parallel</source>
        <translation>专家并行</translation>
    </message>
    <message>
        <source>Expert parallelism: GPUs the experts of a mixture-of-experts model are spread over.</source>
        <translation>专家并行：混合专家（MoE）模型的专家所分布的 GPU 数。</translation>
    </message>
    <message>
        <source>Data parallel</source>
        <translation>数据并行</translation>
    </message>
    <message>
        <source>Data parallelism: independent replicas (training: gradient groups).</source>
        <translation>数据并行：独立副本数（训练时为梯度组数）。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Offline: maximum throughput; server: requests within latency limits; interactive: tight per-user latency; training: model training.</source>
        <translation>离线：最大吞吐量；服务器：在延迟限值内处理请求；交互式：严格的单用户延迟；训练：模型训练。</translation>
    </message>
    <message>
        <source>Offline (throughput)</source>
        <translation>离线（吞吐量）</translation>
    </message>
    <message>
        <source>Server (latency limits)</source>
        <translation>服务器（延迟限值）</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>交互式</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Serving engine</source>
        <translation>推理服务引擎</translation>
    </message>
    <message>
        <source>Serving or training software (TensorRT-LLM, vLLM, SGLang, MindIE, Megatron-LM …).</source>
        <translation>推理服务或训练软件（TensorRT-LLM、vLLM、SGLang、MindIE、Megatron-LM …）。</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>输入 token</translation>
    </message>
    <message>
        <source>Prompt length per request (training: sequence length).</source>
        <translation>每个请求的提示长度（训练时为序列长度）。</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <source>Generated tokens per request.</source>
        <translation>每个请求生成的 token 数。</translation>
    </message>
    <message>
        <source>Prefill GPUs (PD split)</source>
        <translation>预填充 GPU（PD 分离）</translation>
    </message>
    <message>
        <source>Prefill/decode disaggregation: GPUs that only process prompts (0: aggregated serving).</source>
        <translation>预填充/解码分离：仅处理提示的 GPU 数（0：聚合式服务）。</translation>
    </message>
    <message>
        <source>Decode GPUs (PD split)</source>
        <translation>解码 GPU（PD 分离）</translation>
    </message>
    <message>
        <source>Prefill/decode disaggregation: GPUs that only generate tokens (0: aggregated serving).</source>
        <translation>预填充/解码分离：仅生成 token 的 GPU 数（0：聚合式服务）。</translation>
    </message>
    <message>
        <source>KV-cache hit rate</source>
        <translation>KV 缓存命中率</translation>
    </message>
    <message>
        <source>Share of prompt tokens found in the KV cache (prefix reuse) and not recomputed.</source>
        <translation>在 KV 缓存中命中（前缀复用）而无需重新计算的提示 token 比例。</translation>
    </message>
    <message>
        <source>TTFT limit (p99)</source>
        <translation>TTFT 限值（p99）</translation>
    </message>
    <message>
        <source>Time to first token that 99 % of requests must meet (server and interactive modes).</source>
        <translation>99% 的请求必须满足的首 token 时间（服务器和交互式模式）。</translation>
    </message>
    <message>
        <source>TPOT limit (p99)</source>
        <translation>TPOT 限值（p99）</translation>
    </message>
    <message>
        <source>Time per output token that 99 % of requests must meet (server and interactive modes).</source>
        <translation>99% 的请求必须满足的每输出 token 时间（服务器和交互式模式）。</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Share of the year the pool serves at this load (the rest idles); drives energy and cost per token.</source>
        <translation>资源池在此负载下提供服务的时间占全年的比例（其余时间空闲）；影响能耗和每 token 成本。</translation>
    </message>
    <message>
        <source>MTP draft tokens</source>
        <translation>MTP 草稿 token 数</translation>
    </message>
    <message>
        <source>Multi-token prediction / speculative decoding: draft tokens verified per decode step (0: off).</source>
        <translation>多 token 预测/投机解码：每个解码步验证的草稿 token 数（0：关闭）。</translation>
    </message>
    <message>
        <source>MTP acceptance</source>
        <translation>MTP 接受率</translation>
    </message>
    <message>
        <source>Share of draft tokens the model accepts (DeepSeek-V3 reports 0.85-0.90 for its first MTP token).</source>
        <translation>模型接受的草稿 token 比例（DeepSeek-V3 报告其第一个 MTP token 为 0.85-0.90）。</translation>
    </message>
    <message>
        <source>Decode batch (pinned)</source>
        <translation>解码批次（固定）</translation>
    </message>
    <message>
        <source>Decode batch per replica held fixed (0: the solver picks the largest that meets the limits).</source>
        <translation>每个副本固定的解码批次大小（0：由求解器选取满足限值的最大值）。</translation>
    </message>
    <message>
        <source>Engine memory share</source>
        <translation>引擎显存占比</translation>
    </message>
    <message>
        <source>The engine&apos;s memory setting: vLLM gpu-memory-utilization, SGLang mem-fraction-static, TensorRT-LLM kv_cache_free_gpu_mem_fraction; other engines keep 1 - share of HBM out of weights and KV (0: the engine&apos;s default). Sizes the KV cache.</source>
        <translation>引擎的显存设置：vLLM gpu-memory-utilization、SGLang mem-fraction-static、TensorRT-LLM kv_cache_free_gpu_mem_fraction；其他引擎在权重和 KV 之外保留 1 - 占比的 HBM（0：引擎默认值）。决定 KV 缓存大小。</translation>
    </message>
    <message>
        <source>Network latency budget</source>
        <translation>网络延迟预算</translation>
    </message>
    <message>
        <source>Longest network round trip to the users this workload tolerates; 0: not latency-bound (training, batch). Decides at which sites it may run.</source>
        <translation>该工作负载可容忍的到用户的最长网络往返时间；0：不受延迟约束（训练、批处理）。决定其可在哪些站点运行。</translation>
    </message>
    <message>
        <source>Electricity tariff</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Price of electricity per kWh drawn by the site.</source>
        <translation>站点用电每 kWh 的价格。</translation>
    </message>
    <message>
        <source>Demand charge (USD/kW-month)</source>
        <translation>需量电费（USD/kW·月）</translation>
    </message>
    <message>
        <source>Monthly charge per kW of the site&apos;s peak demand.</source>
        <translation>按站点峰值需量每 kW 每月收取的费用。</translation>
    </message>
    <message>
        <source>Water price</source>
        <translation>水价</translation>
    </message>
    <message>
        <source>Price of water (cooling-tower make-up).</source>
        <translation>水的价格（冷却塔补水）。</translation>
    </message>
    <message>
        <source>Reused heat price</source>
        <translation>余热售价</translation>
    </message>
    <message>
        <source>What the heat network pays per kWh of heat the heat-reuse exchangers hand over (TCO revenue; 0: given away).</source>
        <translation>热网为余热回收换热器交付的每 kWh 热量支付的价格（计入 TCO 收入；0：免费提供）。</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>Cost of capital used to annualise investments.</source>
        <translation>用于将投资年化的资本成本。</translation>
    </message>
    <message>
        <source>IT life</source>
        <translation>IT 使用寿命</translation>
    </message>
    <message>
        <source>Years before GPUs, servers and network are replaced.</source>
        <translation>GPU、服务器和网络更换前的年数。</translation>
    </message>
    <message>
        <source>Facility life</source>
        <translation>设施使用寿命</translation>
    </message>
    <message>
        <source>Years the building, power and cooling plant are written off over.</source>
        <translation>建筑、供电和冷却设备的折旧年限。</translation>
    </message>
    <message>
        <source>Maintenance (of capex per year)</source>
        <translation>维护费（占资本支出/年）</translation>
    </message>
    <message>
        <source>Yearly maintenance as a share of the investment.</source>
        <translation>每年维护费用占投资的比例。</translation>
    </message>
    <message>
        <source>Staff cost per year</source>
        <translation>每年人员成本</translation>
    </message>
    <message>
        <source>Operations staff cost per year.</source>
        <translation>每年运维人员成本。</translation>
    </message>
    <message>
        <source>Software cost per year</source>
        <translation>每年软件成本</translation>
    </message>
    <message>
        <source>Software licences and support per year.</source>
        <translation>每年软件许可和支持费用。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stable identifier other items refer to; renaming it updates every reference.</source>
        <translation>供其他项引用的稳定标识符；重命名时会更新所有引用。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name shown on the plan, in lists and in reports.</source>
        <translation>在平面图、列表和报告中显示的名称。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>The site the hall stands on (its climate, tariff and grid); empty: the project&apos;s first site.</source>
        <translation>机房所在的站点（决定其气候、电价和电网）；为空：项目的第一个站点。</translation>
    </message>
    <message>
        <source>Inside width of the hall (west to east).</source>
        <translation>机房内部宽度（自西向东）。</translation>
    </message>
    <message>
        <source>Inside depth of the hall (south to north).</source>
        <translation>机房内部深度（自南向北）。</translation>
    </message>
    <message>
        <source>Ceiling height</source>
        <translation>层高</translation>
    </message>
    <message>
        <source>Height from the floor the racks stand on to the ceiling.</source>
        <translation>从机柜所在地面到天花板的高度。</translation>
    </message>
    <message>
        <source>Campus X</source>
        <translation>园区 X</translation>
    </message>
    <message>
        <source>Position of the hall&apos;s south-west corner on the campus plan (east).</source>
        <translation>机房西南角在园区平面图上的位置（东向）。</translation>
    </message>
    <message>
        <source>Campus Y</source>
        <translation>园区 Y</translation>
    </message>
    <message>
        <source>Position of the hall&apos;s south-west corner on the campus plan (north).</source>
        <translation>机房西南角在园区平面图上的位置（北向）。</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>地板</translation>
    </message>
    <message>
        <source>Raised floor with an air plenum, or racks on the slab.</source>
        <translation>带送风静压箱的架空地板，或机柜直接落在实心楼板上。</translation>
    </message>
    <message>
        <source>Raised floor</source>
        <translation>架空地板</translation>
    </message>
    <message>
        <source>Slab</source>
        <translation>实心楼板</translation>
    </message>
    <message>
        <source>Raised-floor plenum</source>
        <translation>架空地板静压箱</translation>
    </message>
    <message>
        <source>Depth of the raised-floor plenum (raised floors only).</source>
        <translation>架空地板静压箱的深度（仅限架空地板）。</translation>
    </message>
    <message>
        <source>Underfloor blockage</source>
        <translation>地板下阻塞率</translation>
    </message>
    <message>
        <source>Share of the raised-floor plenum&apos;s cross-section taken by cable trays, pipes and supports.</source>
        <translation>架空地板静压箱横截面中被电缆桥架、管道和支架占用的比例。</translation>
    </message>
    <message>
        <source>Ceiling plenum</source>
        <translation>吊顶静压箱</translation>
    </message>
    <message>
        <source>Depth of the return plenum above a suspended ceiling (0: no ceiling plenum).</source>
        <translation>吊顶上方回风静压箱的深度（0：无吊顶静压箱）。</translation>
    </message>
    <message>
        <source>Return path</source>
        <translation>回风路径</translation>
    </message>
    <message>
        <source>How warm air gets back to the air units: through the room, through ceiling grilles into the ceiling plenum, or through ducts.</source>
        <translation>热空气返回空调机组的方式：经由房间、经吊顶回风口进入吊顶静压箱，或经由风管。</translation>
    </message>
    <message>
        <source>Through the room</source>
        <translation>经由房间</translation>
    </message>
    <message>
        <source>Ducted</source>
        <translation>风管回风</translation>
    </message>
    <message>
        <source>ASHRAE class</source>
        <translation>ASHRAE 等级</translation>
    </message>
    <message>
        <source>ASHRAE TC9.9 environmental class the IT equipment is rated for; sets the recommended and allowable inlet ranges.</source>
        <translation>IT 设备额定适用的 ASHRAE TC9.9 环境等级；决定推荐和允许的进风温度范围。</translation>
    </message>
    <message>
        <source>Minimum aisle width</source>
        <translation>最小通道宽度</translation>
    </message>
    <message>
        <source>Narrowest aisle the layout checks accept.</source>
        <translation>布局检查所接受的最窄通道。</translation>
    </message>
    <message>
        <source>Chiller: compressor cooling; dry cooler: fans and coils, no water; cooling tower: evaporative; heat reuse: exchanger to a district-heating or process network.</source>
        <translation>冷水机组：压缩机制冷；干冷器：风机和盘管，不耗水；冷却塔：蒸发冷却；余热回收：通过换热器接入区域供热或工艺热网。</translation>
    </message>
    <message>
        <source>Chiller</source>
        <translation>冷水机组</translation>
    </message>
    <message>
        <source>Dry cooler</source>
        <translation>干冷器</translation>
    </message>
    <message>
        <source>Cooling tower</source>
        <translation>冷却塔</translation>
    </message>
    <message>
        <source>Heat-reuse exchanger</source>
        <translation>余热回收换热器</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>回路</translation>
    </message>
    <message>
        <source>The facility or chilled-water loop whose heat these units reject.</source>
        <translation>由这些设备排热的设施水或冷冻水回路。</translation>
    </message>
    <message>
        <source>Units installed</source>
        <translation>安装台数</translation>
    </message>
    <message>
        <source>Identical units installed, redundant ones included.</source>
        <translation>安装的相同设备台数，含冗余设备。</translation>
    </message>
    <message>
        <source>Redundant units</source>
        <translation>冗余台数</translation>
    </message>
    <message>
        <source>Units that may fail while the rest still carry the design load (the k of N+k).</source>
        <translation>可发生故障而其余设备仍能承担设计负荷的台数（N+k 中的 k）。</translation>
    </message>
    <message>
        <source>Failed units (what-if)</source>
        <translation>故障台数（假设分析）</translation>
    </message>
    <message>
        <source>Units of the bank taken out of service to test redundancy (what-if); the rest carry the load.</source>
        <translation>为测试冗余而停用的设备组台数（假设分析）；其余设备承担负荷。</translation>
    </message>
    <message>
        <source>Capacity per unit</source>
        <translation>单台容量</translation>
    </message>
    <message>
        <source>Heat one unit rejects at its rated conditions.</source>
        <translation>单台设备在额定工况下的排热量。</translation>
    </message>
    <message>
        <source>Rated COP</source>
        <translation>额定 COP</translation>
    </message>
    <message>
        <source>Chillers: heat removed per unit of electrical power at rated conditions (0 for other types).</source>
        <translation>冷水机组：额定工况下单位电功率的排热量（其他类型为 0）。</translation>
    </message>
    <message>
        <source>Dry coolers: leaving water above dry-bulb; towers: above wet-bulb; heat reuse: above the receiving network&apos;s return.</source>
        <translation>干冷器：出水温度高于干球温度的差值；冷却塔：高于湿球温度的差值；余热回收：高于接收热网回水温度的差值。</translation>
    </message>
    <message>
        <source>Fan power per unit</source>
        <translation>单台风机功率</translation>
    </message>
    <message>
        <source>Fan (or pump) power of one unit at full speed.</source>
        <translation>单台设备在全速运行时的风机（或泵）功率。</translation>
    </message>
    <message>
        <source>Receiving network return</source>
        <translation>接收热网回水温度</translation>
    </message>
    <message>
        <source>Heat reuse: return temperature of the receiving network, which the loop must exceed to give its heat away.</source>
        <translation>余热回收：接收热网的回水温度，回路温度必须高于该值才能将热量送出。</translation>
    </message>
    <message>
        <source>Receiver peak demand</source>
        <translation>接收方峰值需求</translation>
    </message>
    <message>
        <source>Heat reuse: the receiving network&apos;s demand at the site&apos;s heating design temperature; milder hours take less (heating degree hours). 0: the receiver takes all it is offered.</source>
        <translation>余热回收：接收管网在站点供暖设计温度下的需求；较温和的时段需求较少（按供暖度时计）。0：接收方全部接收所提供的热量。</translation>
    </message>
    <message>
        <source>Summer base demand</source>
        <translation>夏季基础需求</translation>
    </message>
    <message>
        <source>Heat reuse: share of the peak demand that remains when no heating is needed (hot water, process).</source>
        <translation>余热回收：无需供暖时仍保留的峰值需求比例（生活热水、工艺用热）。</translation>
    </message>
    <message>
        <source>Network supply temperature</source>
        <translation>管网供水温度</translation>
    </message>
    <message>
        <source>Heat reuse: supply temperature the network needs. Above the loop&apos;s return a heat pump lifts the heat (its COP from the lift); 0 or below: direct exchange.</source>
        <translation>余热回收：管网所需的供水温度。高于回路回液温度时由热泵提升热量（其 COP 由温升决定）；0 或以下：直接换热。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Rack or switch at one end of the links (a site for a scale-across link between sites).</source>
        <translation>链路一端的机柜或交换机（站点间跨域链路则为站点）。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>Rack or switch at the other end (or the other site).</source>
        <translation>另一端的机柜或交换机（或另一站点）。</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>Identical links in the group.</source>
        <translation>链路组中相同链路的数量。</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Data rate of one link.</source>
        <translation>单条链路的数据速率。</translation>
    </message>
    <message>
        <source>Transceiver</source>
        <translation>光模块</translation>
    </message>
    <message>
        <source>Optical module at each end (catalog); none means a copper cable.</source>
        <translation>两端的光模块（目录）；无表示使用铜缆。</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Cable length of one link.</source>
        <translation>单条链路的线缆长度。</translation>
    </message>
    <message>
        <source>Failed links (what-if)</source>
        <translation>故障链路（假设分析）</translation>
    </message>
    <message>
        <source>Links of the group taken down to test the fabric (what-if); traffic moves to the rest.</source>
        <translation>为测试网络而停用的链路组中的链路（假设分析）；流量转移到其余链路。</translation>
    </message>
    <message>
        <source>The hall the loop serves; empty for a site-wide loop.</source>
        <translation>该回路服务的机房；站点级回路留空。</translation>
    </message>
    <message>
        <source>Facility water (to heat rejection), chilled water (to air units and CDUs) or a technology cooling system (CDU to cold plates).</source>
        <translation>设施水（送往排热设备）、冷冻水（送往空调机组和 CDU）或技术冷却系统（CDU 至冷板）。</translation>
    </message>
    <message>
        <source>Facility water</source>
        <translation>设施水</translation>
    </message>
    <message>
        <source>Chilled water</source>
        <translation>冷冻水</translation>
    </message>
    <message>
        <source>Technology cooling (TCS)</source>
        <translation>技术冷却回路（TCS）</translation>
    </message>
    <message>
        <source>Fluid</source>
        <translation>工质</translation>
    </message>
    <message>
        <source>Water, or water with 25 % propylene glycol (frost protection, lower heat capacity).</source>
        <translation>水，或含 25 % 丙二醇的水（防冻，热容较低）。</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Propylene glycol 25 %</source>
        <translation>丙二醇 25 %</translation>
    </message>
    <message>
        <source>Temperature of the coolant sent out to the loop.</source>
        <translation>送入回路的冷却液温度。</translation>
    </message>
    <message>
        <source>Design ΔT</source>
        <translation>设计 ΔT</translation>
    </message>
    <message>
        <source>Return minus supply temperature at design load; sets the flow.</source>
        <translation>设计负载下回液温度与供液温度之差；决定流量。</translation>
    </message>
    <message>
        <source>ASHRAE W-class</source>
        <translation>ASHRAE W 等级</translation>
    </message>
    <message>
        <source>ASHRAE TC9.9 liquid-cooling class: the warmest facility water the equipment accepts (W17 to W+).</source>
        <translation>ASHRAE TC9.9 液冷等级：设备可接受的最高设施水温度（W17 至 W+）。</translation>
    </message>
    <message>
        <source>Scale-up: a GPU-to-GPU domain such as NVLink NVL72; scale-out: a leaf/spine fabric between nodes.</source>
        <translation>纵向扩展：GPU 到 GPU 的互连域，如 NVLink NVL72；横向扩展：节点间的叶/脊网络。</translation>
    </message>
    <message>
        <source>Scale-up</source>
        <translation>纵向扩展</translation>
    </message>
    <message>
        <source>Scale-out</source>
        <translation>横向扩展</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Link technology in words (NVLink 5, InfiniBand XDR, Spectrum-X Ethernet …).</source>
        <translation>链路技术的文字描述（NVLink 5、InfiniBand XDR、Spectrum-X Ethernet …）。</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Racks the domain spans.</source>
        <translation>该域跨越的机柜。</translation>
    </message>
    <message>
        <source>Bandwidth per GPU</source>
        <translation>每 GPU 带宽</translation>
    </message>
    <message>
        <source>Bandwidth each GPU has into the domain, one direction.</source>
        <translation>每个 GPU 接入该域的单向带宽。</translation>
    </message>
    <message>
        <source>Oversubscription</source>
        <translation>超额订阅比</translation>
    </message>
    <message>
        <source>Downlink over uplink bandwidth at the leaves (1 = non-blocking).</source>
        <translation>叶交换机处下行带宽与上行带宽之比（1 = 无阻塞）。</translation>
    </message>
    <message>
        <source>Utility feed or generator (sources), transformer, switchgear, solid-state transformer, UPS, battery, PDU, 800 VDC rectifier, busway or rack power shelf.</source>
        <translation>市电进线或发电机（电源）、变压器、开关柜、固态变压器、UPS、电池、PDU、800 VDC 整流器、母线槽或机柜电源架。</translation>
    </message>
    <message>
        <source>Utility feed</source>
        <translation>市电进线</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>发电机</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>变压器</translation>
    </message>
    <message>
        <source>Switchgear</source>
        <translation>开关柜</translation>
    </message>
    <message>
        <source>Solid-state transformer</source>
        <translation>固态变压器</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>PDU</source>
        <translation>PDU</translation>
    </message>
    <message>
        <source>800 VDC rectifier</source>
        <translation>800 VDC 整流器</translation>
    </message>
    <message>
        <source>Busway</source>
        <translation>母线槽</translation>
    </message>
    <message>
        <source>Power shelf</source>
        <translation>电源架</translation>
    </message>
    <message>
        <source>Catalog entry the rating and losses were copied from.</source>
        <translation>额定值和损耗所复制自的目录条目。</translation>
    </message>
    <message>
        <source>Fed from</source>
        <translation>上级电源</translation>
    </message>
    <message>
        <source>The power equipment this one is fed from (empty for sources).</source>
        <translation>为本设备供电的供电设备（电源留空）。</translation>
    </message>
    <message>
        <source>Hall the equipment stands in (empty: outside the halls, e.g. in the yard or electrical room).</source>
        <translation>设备所在的机房（留空：位于机房外，如室外场地或配电室）。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Which path it belongs to in a 2N design: A, B, or N for a single path.</source>
        <translation>在 2N 设计中所属的路径：A、B，单路径为 N。</translation>
    </message>
    <message>
        <source>Side A</source>
        <translation>A 路</translation>
    </message>
    <message>
        <source>Side B</source>
        <translation>B 路</translation>
    </message>
    <message>
        <source>Single path (N)</source>
        <translation>单路径（N）</translation>
    </message>
    <message>
        <source>Position across the hall (in-hall equipment).</source>
        <translation>沿机房横向的位置（机房内设备）。</translation>
    </message>
    <message>
        <source>Position along the hall (in-hall equipment).</source>
        <translation>沿机房纵向的位置（机房内设备）。</translation>
    </message>
    <message>
        <source>Busways: length along the row.</source>
        <translation>母线槽：沿机柜列的长度。</translation>
    </message>
    <message>
        <source>Rating per module</source>
        <translation>单模块额定值</translation>
    </message>
    <message>
        <source>Rating of one module (the whole unit when it has one module).</source>
        <translation>单个模块的额定值（仅有一个模块时为整机）。</translation>
    </message>
    <message>
        <source>Modules installed</source>
        <translation>已安装模块</translation>
    </message>
    <message>
        <source>Modules installed, redundant ones included.</source>
        <translation>已安装的模块数，含冗余模块。</translation>
    </message>
    <message>
        <source>Redundant modules</source>
        <translation>冗余模块</translation>
    </message>
    <message>
        <source>Modules that may fail with the load still carried (the k of N+k).</source>
        <translation>可故障且仍能承载负载的模块数（N+k 中的 k）。</translation>
    </message>
    <message>
        <source>Failed modules (what-if)</source>
        <translation>故障模块（假设分析）</translation>
    </message>
    <message>
        <source>Modules taken out of service to test redundancy (what-if): the rest share the load; all of them failed takes the stage out.</source>
        <translation>为测试冗余而停用的模块（假设分析）：其余模块分担负载；全部故障则该级停运。</translation>
    </message>
    <message>
        <source>Output voltage</source>
        <translation>输出电压</translation>
    </message>
    <message>
        <source>Voltage the equipment delivers downstream.</source>
        <translation>设备向下游输出的电压。</translation>
    </message>
    <message>
        <source>Operating mode</source>
        <translation>运行模式</translation>
    </message>
    <message>
        <source>UPS: normal (double conversion) or eco (bypass, lower losses).</source>
        <translation>UPS：正常（双变换）或 ECO（旁路，损耗较低）。</translation>
    </message>
    <message>
        <source>Normal (double conversion)</source>
        <translation>正常（双变换）</translation>
    </message>
    <message>
        <source>Eco mode</source>
        <translation>ECO 模式</translation>
    </message>
    <message>
        <source>No-load loss c0</source>
        <translation>空载损耗 c0</translation>
    </message>
    <message>
        <source>No-load loss as a share of rating (Schneider WP 113 model).</source>
        <translation>空载损耗占额定值的比例（Schneider WP 113 模型）。</translation>
    </message>
    <message>
        <source>Proportional loss c1</source>
        <translation>比例损耗 c1</translation>
    </message>
    <message>
        <source>Loss proportional to load, as a share of the load.</source>
        <translation>与负载成正比的损耗，占负载的比例。</translation>
    </message>
    <message>
        <source>Square-law loss c2</source>
        <translation>平方律损耗 c2</translation>
    </message>
    <message>
        <source>Loss growing with the square of load (copper losses), as a share of rating at full load.</source>
        <translation>随负载平方增长的损耗（铜损），占满载时额定值的比例。</translation>
    </message>
    <message>
        <source>Battery autonomy at rated load (min)</source>
        <translation>额定负载下电池后备时间（min）</translation>
    </message>
    <message>
        <source>UPS or battery: minutes its batteries carry the full rated load (0: not known).</source>
        <translation>UPS 或电池：其电池承载满额定负载的分钟数（0：未知）。</translation>
    </message>
    <message>
        <source>Start and transfer time (s)</source>
        <translation>启动及切换时间（s）</translation>
    </message>
    <message>
        <source>Generator: seconds from losing mains until it carries the load (NFPA 110 Type 10: 10 s).</source>
        <translation>发电机：从市电中断到承载负载的秒数（NFPA 110 Type 10：10 s）。</translation>
    </message>
    <message>
        <source>Take the equipment out of service to test redundancy (what-if).</source>
        <translation>将该设备停用以测试冗余（假设分析）。</translation>
    </message>
    <message>
        <source>The hall the rack stands in.</source>
        <translation>机柜所在的机房。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>机柜列</translation>
    </message>
    <message>
        <source>The row the rack belongs to.</source>
        <translation>机柜所属的机柜列。</translation>
    </message>
    <message>
        <source>Centre of the rack across the hall, from the hall&apos;s west wall.</source>
        <translation>机柜中心沿机房横向距机房西墙的距离。</translation>
    </message>
    <message>
        <source>Centre of the rack along the hall, from the hall&apos;s south wall.</source>
        <translation>机柜中心沿机房纵向距机房南墙的距离。</translation>
    </message>
    <message>
        <source>Direction the rack&apos;s front (air intake) faces: 0 south, 90 east, 180 north, 270 west.</source>
        <translation>机柜正面（进风侧）的朝向：0 南，90 东，180 北，270 西。</translation>
    </message>
    <message>
        <source>Rack width.</source>
        <translation>机柜宽度。</translation>
    </message>
    <message>
        <source>Rack depth, front to back.</source>
        <translation>机柜深度，从前到后。</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Rack height.</source>
        <translation>机柜高度。</translation>
    </message>
    <message>
        <source>Rack type</source>
        <translation>机柜类型</translation>
    </message>
    <message>
        <source>Cabinet from the catalog (size, units, power limit).</source>
        <translation>目录中的机柜（尺寸、U 数、功率上限）。</translation>
    </message>
    <message>
        <source>Installed system</source>
        <translation>已安装系统</translation>
    </message>
    <message>
        <source>GPU system installed in the rack (catalog).</source>
        <translation>机柜中安装的 GPU 系统（目录）。</translation>
    </message>
    <message>
        <source>Systems installed</source>
        <translation>已安装系统数</translation>
    </message>
    <message>
        <source>How many of the systems the rack holds (1 for a rack-scale system such as an NVL72).</source>
        <translation>机柜容纳的系统数量（机柜级系统如 NVL72 为 1）。</translation>
    </message>
    <message>
        <source>Power feed A</source>
        <translation>A 路供电</translation>
    </message>
    <message>
        <source>Power equipment feeding the rack&apos;s A side.</source>
        <translation>为机柜 A 侧供电的供电设备。</translation>
    </message>
    <message>
        <source>Power feed B</source>
        <translation>B 路供电</translation>
    </message>
    <message>
        <source>Power equipment feeding the rack&apos;s B side (2N designs).</source>
        <translation>为机柜 B 侧供电的供电设备（2N 设计）。</translation>
    </message>
    <message>
        <source>Cooling loop</source>
        <translation>冷却回路</translation>
    </message>
    <message>
        <source>Technology cooling loop of a liquid-cooled rack.</source>
        <translation>液冷机柜的技术冷却回路。</translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation>功率预算</translation>
    </message>
    <message>
        <source>Power the rack is designed for (0: not set); used by the power-budget overlay and checks.</source>
        <translation>机柜的设计功率（0：未设置）；用于功率预算叠加层和检查。</translation>
    </message>
    <message>
        <source>GPU power limit</source>
        <translation>GPU 功率上限</translation>
    </message>
    <message>
        <source>Per-GPU power cap configured on the servers (0: the GPU&apos;s TDP); a binding cap slows the GPUs.</source>
        <translation>服务器上为每块 GPU 配置的功率上限（0：GPU 的 TDP）；上限生效时会使 GPU 降速。</translation>
    </message>
    <message>
        <source>Airflow per kW</source>
        <translation>每 kW 风量</translation>
    </message>
    <message>
        <source>Air through the rack per kW of its air heat, in m³/s per kW (0: from the system&apos;s catalog airflow). 0.075 m³/s per kW = 158 CFM/kW = 11 K rise.</source>
        <translation>每 kW 风冷热量流经机柜的风量，单位 m³/s per kW（0：取系统目录风量）。0.075 m³/s per kW = 158 CFM/kW = 11 K 温升。</translation>
    </message>
    <message>
        <source>Blanking panels</source>
        <translation>盲板</translation>
    </message>
    <message>
        <source>Empty rack units closed with blanking panels; without them exhaust air recirculates to the front inside the rack.</source>
        <translation>用盲板封闭的空置机架单元；没有盲板时，排风会在机柜内部回流到前部。</translation>
    </message>
    <message>
        <source>Exhaust</source>
        <translation>排风</translation>
    </message>
    <message>
        <source>Where the rack&apos;s exhaust goes: out of its rear into the room, or up a chimney (vertical exhaust duct) into the ceiling plenum, so it cannot recirculate.</source>
        <translation>机柜排风的去向：从后部排入机房，或经烟囱（垂直排风管）进入吊顶静压箱，从而无法回流。</translation>
    </message>
    <message>
        <source>Chimney to the ceiling plenum</source>
        <translation>烟囱接入吊顶静压箱</translation>
    </message>
    <message>
        <source>The hall the row stands in.</source>
        <translation>机柜列所在的机房。</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>覆盖项</translation>
    </message>
    <message>
        <source>Changes the scenario makes to the design: item, field, value (edit them in the Scenarios panel).</source>
        <translation>场景对设计所做的更改：对象、字段、值（在“场景”面板中编辑）。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>What the scenario tests, in words.</source>
        <translation>用文字说明该场景测试的内容。</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Town or address of the site, in words.</source>
        <translation>站点所在城镇或地址（文字）。</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>气候</translation>
    </message>
    <message>
        <source>Weather dataset for free cooling and the annual energy year (bundled climate normals).</source>
        <translation>用于自然冷却和全年能耗计算的气象数据集（内置气候标准值）。</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Latitude of the site (north positive).</source>
        <translation>站点纬度（北纬为正）。</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Longitude of the site (east positive).</source>
        <translation>站点经度（东经为正）。</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>海拔</translation>
    </message>
    <message>
        <source>Height above sea level; thinner air carries less heat.</source>
        <translation>海拔高度；空气越稀薄，携带的热量越少。</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>电网碳排放强度</translation>
    </message>
    <message>
        <source>Carbon intensity of the grid electricity (grams CO₂ per kWh); 0 means not set.</source>
        <translation>电网电力的碳排放强度（每 kWh 的 CO₂ 克数）；0 表示未设置。</translation>
    </message>
    <message>
        <source>Carbon-free supply (PPA, on-site)</source>
        <translation>无碳电力（PPA、现场发电）</translation>
    </message>
    <message>
        <source>Share of the site&apos;s electricity matched by a carbon-free PPA or on-site generation: market-based Scope 2 counts only the rest (location-based counts the grid).</source>
        <translation>站点用电中由无碳 PPA 或现场发电匹配的比例：基于市场的范围 2 排放仅计算其余部分（基于位置的方法按电网计算）。</translation>
    </message>
    <message>
        <source>Price of electricity at this site; 0 uses the project&apos;s economics tariff.</source>
        <translation>该站点的电价；0 表示使用项目经济参数中的电价。</translation>
    </message>
    <message>
        <source>Fibre route to users</source>
        <translation>至用户的光纤路由</translation>
    </message>
    <message>
        <source>Fibre route length from this site to the users it serves: their round trip is checked against each deployment&apos;s latency budget.</source>
        <translation>从该站点到其所服务用户的光纤路由长度：用户的往返时延将与每个部署的时延预算进行核对。</translation>
    </message>
    <message>
        <source>Hall of a free-standing switch (empty when mounted in a rack).</source>
        <translation>独立放置的交换机所在机房（安装在机柜内时为空）。</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Rack the switch is mounted in; its power and heat load that rack.</source>
        <translation>交换机安装所在的机柜；其功率和热量计入该机柜负载。</translation>
    </message>
    <message>
        <source>Network domain</source>
        <translation>网络域</translation>
    </message>
    <message>
        <source>Network domain the switch belongs to.</source>
        <translation>交换机所属的网络域。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Position in the fabric: scale-up, leaf, spine or core.</source>
        <translation>在网络架构中的位置：纵向扩展、叶、脊或核心。</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>叶</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>脊</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Ports in use.</source>
        <translation>已使用的端口数。</translation>
    </message>
    <message>
        <source>Port speed</source>
        <translation>端口速率</translation>
    </message>
    <message>
        <source>Data rate of one port.</source>
        <translation>单个端口的数据速率。</translation>
    </message>
    <message>
        <source>Optical module in each port (catalog); none means copper or co-packaged optics.</source>
        <translation>每个端口中的光模块（目录）；无表示铜缆或共封装光学。</translation>
    </message>
    <message>
        <source>Power (no optics)</source>
        <translation>功率（不含光模块）</translation>
    </message>
    <message>
        <source>Power of the switch without its optical modules.</source>
        <translation>交换机不含光模块时的功率。</translation>
    </message>
    <message>
        <source>Take the switch out of service (what-if).</source>
        <translation>使交换机退出服务（假设分析）。</translation>
    </message>
    <message>
        <source>The hall the tile or grille is in.</source>
        <translation>送风口或回风口所在的机房。</translation>
    </message>
    <message>
        <source>Floor tiles supply air from the raised-floor plenum; ceiling grilles and return ducts take the room air back to the air units.</source>
        <translation>地板送风口从架空地板静压箱送风；吊顶回风口和回风管将机房空气送回空调机组。</translation>
    </message>
    <message>
        <source>Perforated floor tile</source>
        <translation>穿孔地板送风口</translation>
    </message>
    <message>
        <source>Grate floor tile</source>
        <translation>格栅地板送风口</translation>
    </message>
    <message>
        <source>Ceiling return grille</source>
        <translation>吊顶回风口</translation>
    </message>
    <message>
        <source>Ducted return</source>
        <translation>风管回风</translation>
    </message>
    <message>
        <source>Centre across the hall (west to east).</source>
        <translation>沿机房横向的中心位置（西向东）。</translation>
    </message>
    <message>
        <source>Centre along the hall (south to north).</source>
        <translation>沿机房纵向的中心位置（南向北）。</translation>
    </message>
    <message>
        <source>Size across the hall (a floor tile is 0.6 m).</source>
        <translation>沿机房横向的尺寸（一块地板为 0.6 m）。</translation>
    </message>
    <message>
        <source>Size along the hall (a floor tile is 0.6 m).</source>
        <translation>沿机房纵向的尺寸（一块地板为 0.6 m）。</translation>
    </message>
    <message>
        <source>Open area</source>
        <translation>开孔面积</translation>
    </message>
    <message>
        <source>Free area as a share of the face: 25 % for a perforated tile, 56 % for a grate tile (Tate datasheets), about 50-80 % for return grilles.</source>
        <translation>有效通风面积占面板的比例：穿孔地板为 25 %，格栅地板为 56 %（Tate 数据手册），回风口约为 50-80 %。</translation>
    </message>
    <message>
        <source>Damper opening</source>
        <translation>风阀开度</translation>
    </message>
    <message>
        <source>Share of the open area the damper leaves open (1 = fully open, 0 = closed).</source>
        <translation>风阀保留的开孔面积比例（1 = 全开，0 = 关闭）。</translation>
    </message>
</context>
<context>
    <name>aif::FloorPlanContextMenu</name>
    <message>
        <source>Rotate 90°</source>
        <translation>旋转 90°</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>底端对齐</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Horizontally</source>
        <translation>水平分布</translation>
    </message>
    <message>
        <source>Vertically</source>
        <translation>垂直分布</translation>
    </message>
    <message>
        <source>Connect to power feed A</source>
        <translation>连接到 A 路电源</translation>
    </message>
    <message>
        <source>Connect to power feed B</source>
        <translation>连接到 B 路电源</translation>
    </message>
    <message>
        <source>Assign cooling loop</source>
        <translation>指定冷却回路</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Trip (what-if)</source>
        <translation>跳闸（假设分析）</translation>
    </message>
    <message>
        <source>Trip one pump (what-if)</source>
        <translation>一台水泵跳闸（假设分析）</translation>
    </message>
    <message>
        <source>Restore pumps</source>
        <translation>恢复水泵</translation>
    </message>
    <message>
        <source>Trip switch (what-if)</source>
        <translation>交换机故障（假设分析）</translation>
    </message>
    <message>
        <source>Select whole row</source>
        <translation>选择整个机柜列</translation>
    </message>
    <message>
        <source>New deployment on these racks</source>
        <translation>在这些机柜上新建部署</translation>
    </message>
    <message>
        <source>Use as GPU pool of</source>
        <translation>设为以下部署的 GPU 池</translation>
    </message>
    <message>
        <source>Add to GPU pool of</source>
        <translation>添加到以下部署的 GPU 池</translation>
    </message>
    <message>
        <source>Add to network domain</source>
        <translation>添加到网络域</translation>
    </message>
</context>
<context>
    <name>aif::FloorPlanLegend</name>
    <message>
        <source>%1 (stale: re-solve)</source>
        <translation>%1（已过期：请重新求解）</translation>
    </message>
</context>
<context>
    <name>aif::FloorPlanPalette</name>
    <message>
        <source>Racks and systems</source>
        <translation>机柜与系统</translation>
    </message>
    <message>
        <source>Supernode: %1 (%2 racks)</source>
        <translation>超节点：%1（%2 个机柜）</translation>
    </message>
    <message>
        <source>Rack: %1</source>
        <translation>机柜：%1</translation>
    </message>
    <message>
        <source>Empty rack: %1</source>
        <translation>空机柜：%1</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Air path</source>
        <translation>气流路径</translation>
    </message>
    <message>
        <source>Drop on the plan: snaps to the 0.6 m floor grid (the Floor tile and Return grille tools lay runs)</source>
        <translation>拖放到平面图上：自动吸附到 0.6 m 地板网格（使用地板送风口和回风口工具可成排铺设）</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Switch: %1</source>
        <translation>交换机：%1</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>No catalog entry: set its rating in the inspector</source>
        <translation>无设备目录条目：请在属性面板中设置其额定值</translation>
    </message>
    <message>
        <source>Floor tile (perforated, 25 %)</source>
        <translation>地板送风口（孔板，25 %）</translation>
    </message>
    <message>
        <source>Floor tile (grate, 56 %)</source>
        <translation>地板送风口（格栅，56 %）</translation>
    </message>
    <message>
        <source>Return grille (ceiling)</source>
        <translation>回风口（吊顶）</translation>
    </message>
    <message>
        <source>Return duct</source>
        <translation>回风管</translation>
    </message>
    <message>
        <source>Switchgear (LV)</source>
        <translation>开关柜（低压）</translation>
    </message>
    <message>
        <source>Battery cabinet</source>
        <translation>电池柜</translation>
    </message>
</context>
<context>
    <name>aif::FloorPlanView</name>
    <message>
        <source>Create row: click the first rack&apos;s centre (Esc cancels)</source>
        <translation>创建机柜列：点击第一个机柜的中心（Esc 取消）</translation>
    </message>
    <message>
        <source>Aisle pair: click the first rack of the front row (Esc cancels)</source>
        <translation>双列通道：点击前排第一个机柜（Esc 取消）</translation>
    </message>
    <message>
        <source>Connect: click racks, then a PDU or busway (Shift: feed B), a CDU (its cooling loop) or a rear door</source>
        <translation>连接：先点击机柜，再点击 PDU 或母线槽（Shift：B 路供电）、CDU（其冷却回路）或背板换热器</translation>
    </message>
    <message>
        <source>Hall: drag the hall&apos;s rectangle (Esc cancels)</source>
        <translation>机房：拖出机房的矩形（Esc 取消）</translation>
    </message>
    <message>
        <source>Containment: drag the contained aisle inside a hall (Esc cancels)</source>
        <translation>通道封闭：在机房内拖出封闭通道（Esc 取消）</translation>
    </message>
    <message>
        <source>Floor tile: click to place a 0.6 m perforated tile, drag to lay a run (Esc ends)</source>
        <translation>地板送风口：单击放置一块 0.6 m 穿孔送风地板，拖动铺设一排（Esc 结束）</translation>
    </message>
    <message>
        <source>Return grille: click to place a ceiling return grille, drag for a run (Esc ends)</source>
        <translation>回风口：单击放置一个吊顶回风口，拖动放置一排（Esc 结束）</translation>
    </message>
    <message>
        <source>Containment is drawn inside a hall</source>
        <translation>通道封闭须绘制在机房内</translation>
    </message>
    <message>
        <source>Drag the contained aisle&apos;s rectangle (at least 0.3 m each way)</source>
        <translation>拖出封闭通道的矩形（每个方向至少 0.3 m）</translation>
    </message>
    <message>
        <source>A rear door mounts on one rack: select the rack, then click a rear-door unit</source>
        <translation>背板换热器安装在单个机柜上：先选择该机柜，再点击背板换热器设备</translation>
    </message>
    <message>
        <source>Rename hall…</source>
        <translation>重命名机房…</translation>
    </message>
    <message>
        <source>Rename hall</source>
        <translation>重命名机房</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Delete hall and everything in it</source>
        <translation>删除机房及其中的所有内容</translation>
    </message>
    <message>
        <source>Tiles and grilles are placed inside a hall</source>
        <translation>地板送风口和回风口须放置在机房内</translation>
    </message>
    <message>
        <source>No room there: the tiles would leave the hall or sit on tiles already placed</source>
        <translation>该处空间不足：送风口会超出机房或与已放置的送风口重叠</translation>
    </message>
    <message numerus="yes">
        <source>%n grille(s)</source>
        <translation>
            <numerusform>%n 个回风口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s)</source>
        <translation>
            <numerusform>%n 块地板送风口</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aif::FloorPlanWidget</name>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Select, move (drag), rotate (R); drag a hall&apos;s walls to move it</source>
        <translation>选择、移动（拖动）、旋转 (R)；拖动机房的墙体可移动机房</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>Draw a hall: drag its rectangle</source>
        <translation>绘制机房：拖出其矩形</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>机柜列</translation>
    </message>
    <message>
        <source>Create a row of racks: click the first rack&apos;s centre</source>
        <translation>创建机柜列：点击第一个机柜的中心</translation>
    </message>
    <message>
        <source>Aisle pair</source>
        <translation>双列通道</translation>
    </message>
    <message>
        <source>Two rows back to back around a contained hot aisle: click the first rack&apos;s centre</source>
        <translation>两列机柜背靠背，围合一条封闭热通道：点击第一个机柜的中心</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>通道封闭</translation>
    </message>
    <message>
        <source>Draw hot-aisle containment: drag the aisle&apos;s rectangle</source>
        <translation>绘制热通道封闭：拖出通道的矩形</translation>
    </message>
    <message>
        <source>Floor tile</source>
        <translation>地板送风口</translation>
    </message>
    <message>
        <source>Perforated floor tiles on the 0.6 m floor grid: click for one, drag to lay a run</source>
        <translation>0.6 m 地板网格上的穿孔送风地板：单击放置一块，拖动铺设一排</translation>
    </message>
    <message>
        <source>Return grille</source>
        <translation>回风口</translation>
    </message>
    <message>
        <source>Ceiling return grilles: click for one over the ceiling, drag for a run</source>
        <translation>吊顶回风口：在吊顶处单击放置一个，拖动放置一排</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Select racks, then click a PDU or busway (power, Shift for feed B), a CDU (cooling loop) or a rear door</source>
        <translation>先选择机柜，再点击 PDU 或母线槽（供电；按住 Shift 为 B 路供电）、CDU（冷却回路）或背板换热器</translation>
    </message>
    <message>
        <source>Row options…</source>
        <translation>机柜列选项…</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Snap</source>
        <translation>吸附</translation>
    </message>
    <message>
        <source>Show connections</source>
        <translation>显示连接</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <source>The network fabric&apos;s cable routes from the rack positions, coloured by medium</source>
        <translation>根据机柜位置生成的网络架构线缆路由，按介质着色</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Overlay: </source>
        <translation>叠加层： </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Rack power</source>
        <translation>机柜功率</translation>
    </message>
    <message>
        <source>Inlet temperature</source>
        <translation>进风温度</translation>
    </message>
    <message>
        <source>GPU junction temperature</source>
        <translation>GPU 结温</translation>
    </message>
    <message>
        <source>Power budget used</source>
        <translation>功率预算占用</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>GPU activity</source>
        <translation>GPU 活跃度</translation>
    </message>
    <message>
        <source>Tile airflow</source>
        <translation>送风口风量</translation>
    </message>
</context>
<context>
    <name>aif::Gallery</name>
    <message>
        <source>1 MW H100 air-cooled hall (reference)</source>
        <translation>1 MW H100 风冷机房（参考）</translation>
    </message>
    <message>
        <source>HGX H100 racks, CRAHs on chilled water, 2N UPS; Llama serving; Ashburn VA</source>
        <translation>HGX H100 机柜，冷冻水 CRAH，2N UPS；Llama 推理服务；弗吉尼亚州阿什本</translation>
    </message>
    <message>
        <source>10 MW GB200 NVL72 liquid hall (reference)</source>
        <translation>10 MW GB200 NVL72 液冷机房（参考）</translation>
    </message>
    <message>
        <source>NVL72 racks on CDUs and fan walls, 800 VDC rectifiers, DeepSeek-V3 disaggregated serving; Phoenix AZ</source>
        <translation>NVL72 机柜配 CDU 和风墙，800 VDC 整流器，DeepSeek-V3 分离式推理服务；亚利桑那州凤凰城</translation>
    </message>
    <message>
        <source>100 MW campus, 10 halls (reference)</source>
        <translation>100 MW 园区，10 个机房（参考）</translation>
    </message>
    <message>
        <source>Ten NVL72 halls on solid-state transformers, DeepSeek-V3 serving and Llama 405B training; Luleå</source>
        <translation>十个 NVL72 机房采用固态变压器，DeepSeek-V3 推理服务和 Llama 405B 训练；吕勒奥</translation>
    </message>
    <message>
        <source>Two sites: inference in Frankfurt, training in Luleå</source>
        <translation>两个站点：法兰克福推理，吕勒奥训练</translation>
    </message>
    <message>
        <source>The 1 MW H100 hall twice: Llama chat and batch serving near users in Frankfurt, Llama 3.1 70B training on cheap low-carbon power in Luleå; a leased scale-across link between them</source>
        <translation>两个 1 MW H100 机房：在靠近用户的法兰克福提供 Llama 对话和批量推理服务，在吕勒奥利用廉价低碳电力进行 Llama 3.1 70B 训练；两者之间通过租用的跨站点互联链路连接</translation>
    </message>
</context>
<context>
    <name>aif::GalleryCard</name>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>预览不可用：%1</translation>
    </message>
    <message>
        <source>Building preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Preview unavailable</source>
        <translation>预览不可用</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>aif::GuidedTour</name>
    <message>
        <source>Guided tour</source>
        <translation>引导教程</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1 of %2: %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;第 %1 步，共 %2 步：%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✓ Done.</source>
        <translation>✓ 完成。</translation>
    </message>
    <message>
        <source> Press Next.</source>
        <translation> 请按“下一步”。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;glossary&quot;&gt;Glossary&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;glossary&quot;&gt;术语表&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Start from four racks</source>
        <translation>从四个机柜开始</translation>
    </message>
    <message>
        <source>Open the template &lt;b&gt;First AI factory&lt;/b&gt; (File ▸ New from template), or press Show me.</source>
        <translation>打开模板 &lt;b&gt;First AI factory&lt;/b&gt;（文件 ▸ 从模板新建），或按“演示”。</translation>
    </message>
    <message>
        <source>An AI factory turns electricity into tokens: racks of GPU servers, the cooling that carries their heat away and the power chain that feeds them.</source>
        <translation>AI 工厂将电能转化为 token：由 GPU 服务器组成的机柜、带走其热量的冷却系统，以及为其供电的供电链路。</translation>
    </message>
    <message>
        <source>Place racks</source>
        <translation>放置机柜</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Floor plan&lt;/b&gt;, click a GPU rack to select it; the inspector shows what it holds (%1 GPU racks here).</source>
        <translation>在&lt;b&gt;平面图&lt;/b&gt;上单击一个 GPU 机柜将其选中；属性面板会显示其中的设备（此处共 %1 个 GPU 机柜）。</translation>
    </message>
    <message>
        <source>Each HGX H100 server holds 8 GPUs; a rack&apos;s power is its servers&apos; power, and all of it ends up as heat.</source>
        <translation>每台 HGX H100 服务器含 8 个 GPU；机柜功率即其中服务器功率之和，且最终全部转化为热量。</translation>
    </message>
    <message>
        <source>Cool them</source>
        <translation>为机柜冷却</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;Cooling&lt;/b&gt; tab: the air units that carry the racks&apos; heat to the chillers.</source>
        <translation>打开&lt;b&gt;冷却&lt;/b&gt;选项卡：空调机组将机柜的热量输送至冷水机组。</translation>
    </message>
    <message>
        <source>Air carries heat = airflow × density × heat capacity × temperature rise: more kilowatts need more airflow or a larger rise.</source>
        <translation>空气带走的热量 = 风量 × 密度 × 比热容 × 温升：千瓦数越大，所需风量或温升就越大。</translation>
    </message>
    <message>
        <source>Check the temperatures</source>
        <translation>检查温度</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;Thermal&lt;/b&gt; tab: every rack&apos;s inlet air temperature.</source>
        <translation>打开&lt;b&gt;热环境&lt;/b&gt;选项卡：每个机柜的进风温度。</translation>
    </message>
    <message>
        <source>ASHRAE TC 9.9 recommends 18–27 °C at the server inlets: hot exhaust drawn back into the fronts (recirculation) is what pushes racks over.</source>
        <translation>ASHRAE TC 9.9 建议服务器进风温度为 18–27 °C：热排风被吸回机柜正面（回流）是导致机柜超温的原因。</translation>
    </message>
    <message>
        <source>Power them</source>
        <translation>为机柜供电</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;Power&lt;/b&gt; tab: utility, UPS and PDUs feeding every rack.</source>
        <translation>打开&lt;b&gt;供电&lt;/b&gt;选项卡：市电、UPS 和 PDU 为每个机柜供电。</translation>
    </message>
    <message>
        <source>Each stage loses a few per cent as heat (a no-load, a proportional and a square term); the UPS keeps the racks running when the utility fails.</source>
        <translation>每一级都会以热量形式损耗百分之几的功率（空载项、比例项和平方项）；市电故障时，UPS 保持机柜继续运行。</translation>
    </message>
    <message>
        <source>Read the PUE</source>
        <translation>查看 PUE</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;Overview&lt;/b&gt;: the facility&apos;s power beside the IT power.</source>
        <translation>打开&lt;b&gt;概览&lt;/b&gt;：设施功率与 IT 功率并列显示。</translation>
    </message>
    <message>
        <source>PUE = facility power ÷ IT power: 1.0 would mean no losses and no cooling.</source>
        <translation>PUE = 设施功率 ÷ IT 功率：1.0 意味着既无损耗也无冷却。</translation>
    </message>
    <message>
        <source>Run a model</source>
        <translation>运行模型</translation>
    </message>
    <message>
        <source>In the Project tree, open &lt;b&gt;Deployments&lt;/b&gt; and select the Llama deployment: the model, the GPUs and the parallelism (TP) it runs with.</source>
        <translation>在项目树中展开&lt;b&gt;部署&lt;/b&gt;并选择 Llama 部署：查看其模型、GPU 及所用的并行方式（TP）。</translation>
    </message>
    <message>
        <source>Serving a language model is mostly moving weights and cache through GPU memory: tokens per second follow memory bandwidth and batch size.</source>
        <translation>语言模型推理服务主要是在 GPU 显存中搬运权重和缓存：每秒 token 数取决于显存带宽和批大小。</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>求解</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;F5&lt;/b&gt; (Analyze ▸ Solve): power, temperatures, tokens and cost, coupled.</source>
        <translation>按 &lt;b&gt;F5&lt;/b&gt;（分析 ▸ 求解）：功率、温度、token 与成本耦合求解。</translation>
    </message>
    <message>
        <source>The coupled twin iterates: hot GPUs throttle and draw less, which changes the heat and the power, until the operating point settles.</source>
        <translation>耦合孪生模型迭代计算：过热的 GPU 降频后功耗下降，从而改变热量和功率，直至工作点稳定。</translation>
    </message>
    <message>
        <source>Tokens per watt</source>
        <translation>每瓦 token 数</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;Dashboard&lt;/b&gt;: this factory makes %1 (tokens per joule = tokens per watt-second).</source>
        <translation>打开&lt;b&gt;仪表板&lt;/b&gt;：该工厂的产出为 %1（每焦耳 token 数 = 每瓦秒 token 数）。</translation>
    </message>
    <message>
        <source>Tokens per joule = tokens per second ÷ facility watts: better GPUs, better cooling and a lower PUE all raise it.</source>
        <translation>每焦耳 token 数 = 每秒 token 数 ÷ 设施功率（W）：更好的 GPU、更好的冷却和更低的 PUE 都能提升该值。</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>每百万 token 成本</translation>
    </message>
    <message>
        <source>On the Dashboard, click &lt;b&gt;Cost per million tokens&lt;/b&gt; (%1) to see how it is computed.</source>
        <translation>在仪表板上单击&lt;b&gt;每百万 token 成本&lt;/b&gt;（%1），查看其计算方法。</translation>
    </message>
    <message>
        <source>$/Mtok = (capital cost per year + electricity, cooling and staff per year) ÷ millions of tokens per year: idle GPUs cost as much as busy ones.</source>
        <translation>$/Mtok =（每年资本成本 + 每年电费、冷却和人员费用）÷ 每年百万 token 数：闲置 GPU 的成本与繁忙 GPU 相同。</translation>
    </message>
</context>
<context>
    <name>aif::HeadlineStrip</name>
    <message>
        <source>No results yet: Analyze ▸ Solve (F5).</source>
        <translation>暂无结果：分析 ▸ 求解 (F5)。</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Click to explain this number</source>
        <translation>点击解释此数值</translation>
    </message>
    <message>
        <source>Facility power</source>
        <translation>设施功率</translation>
    </message>
    <message>
        <source>Output tokens/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <source>Tokens per joule</source>
        <translation>每焦耳 token 数</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>每百万 token 成本</translation>
    </message>
    <message>
        <source>Stale: the design changed since this solve; a new solve is running</source>
        <translation>已过期：自本次求解后设计已更改；正在重新求解</translation>
    </message>
</context>
<context>
    <name>aif::HeatSlide</name>
    <message>
        <source>Will it stay cool?</source>
        <translation>散热是否足够？</translation>
    </message>
    <message>
        <source>Rack inlet temperature in 3D at the operating point (coupled twin); drag to orbit</source>
        <translation>运行工况点下（耦合孪生）的机柜进风温度三维视图；拖动可旋转视角</translation>
    </message>
</context>
<context>
    <name>aif::HelpBrowser</name>
    <message>
        <source>AI Factory Studio — User guide</source>
        <translation>AI Factory Studio — 用户指南</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>aif::Inspector</name>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何对象</translation>
    </message>
    <message>
        <source>%1 %2 selected (edits apply to all)</source>
        <translation>已选中 %1 个%2（编辑将应用于全部）</translation>
    </message>
    <message>
        <source>Sweep this field…</source>
        <translation>扫描此字段…</translation>
    </message>
    <message>
        <source>Change %1 of %2 items</source>
        <translation>更改 %2 个对象的%1</translation>
    </message>
</context>
<context>
    <name>aif::IssuesPanel</name>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>%1 errors (%2)</source>
        <translation>%1 个错误（%2）</translation>
    </message>
    <message>
        <source>%1 warnings (%2)</source>
        <translation>%1 个警告（%2）</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>aif::KeyFiguresTable</name>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Click to explain this number</source>
        <translation>单击以解释此数值</translation>
    </message>
    <message>
        <source> (failure)</source>
        <translation> (故障)</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>更优</translation>
    </message>
    <message>
        <source>B better</source>
        <translation>B 更优</translation>
    </message>
    <message>
        <source>A better</source>
        <translation>A 更优</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>failure case</source>
        <translation>故障工况</translation>
    </message>
</context>
<context>
    <name>aif::LengthHistogramChart</name>
    <message>
        <source>Cable lengths</source>
        <translation>线缆长度</translation>
    </message>
    <message>
        <source>no scale-out cables in this design</source>
        <translation>此设计中没有横向扩展线缆</translation>
    </message>
    <message>
        <source>planning…</source>
        <translation>正在规划…</translation>
    </message>
    <message>
        <source>routed length per link (%1)</source>
        <translation>每条链路的布线长度（%1）</translation>
    </message>
    <message>
        <source>cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <source>Cable lengths, every scale-out domain</source>
        <translation>线缆长度，所有横向扩展域</translation>
    </message>
    <message>
        <source>%1 cables, %2 of routed cable; bins of %3</source>
        <translation>%1 根线缆，布线总长 %2；分箱宽度 %3</translation>
    </message>
</context>
<context>
    <name>aif::LinkFailuresTable</name>
    <message>
        <source>Filter by link, switch or rack</source>
        <translation>按链路、交换机或机柜筛选</translation>
    </message>
    <message>
        <source>Link group</source>
        <translation>链路组</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>%1 Gb/s</source>
        <translation>%1 Gb/s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The design has no links (the Network tab&apos;s fabric is planned, not placed).</source>
        <translation>设计中没有链路（“网络”选项卡中的网络架构仅为规划，未实际布置）。</translation>
    </message>
    <message>
        <source>%1 link groups, %2 links down (what-if). Right-click a group to trip or restore it.</source>
        <translation>%1 个链路组，%2 条链路中断（假设分析）。右键单击链路组可将其断开或恢复。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; filter to find others.</source>
        <translation>显示前 %1 个（共 %2 个）；请通过筛选查找其他项。</translation>
    </message>
    <message>
        <source>Trip one link (what-if)</source>
        <translation>断开一条链路（假设分析）</translation>
    </message>
    <message>
        <source>Trip the whole group (what-if)</source>
        <translation>断开整个链路组（假设分析）</translation>
    </message>
    <message>
        <source>Restore links</source>
        <translation>恢复链路</translation>
    </message>
    <message>
        <source>Trip link group (what-if)</source>
        <translation>断开链路组（假设分析）</translation>
    </message>
    <message>
        <source>Links back in service</source>
        <translation>链路恢复运行</translation>
    </message>
</context>
<context>
    <name>aif::MainWindow</name>
    <message>
        <source>Floor plan</source>
        <translation>平面图</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>热分析</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>三维</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>设备目录</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>组件面板</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Untitled (from %1)</source>
        <translation>未命名（来自 %1）</translation>
    </message>
    <message>
        <source>No solved values for this overlay yet (%1)</source>
        <translation>此叠加图层尚无求解值（%1）</translation>
    </message>
    <message>
        <source>Solving the design before exporting…</source>
        <translation>正在求解设计，完成后导出…</translation>
    </message>
    <message>
        <source>Nothing exported: the solve did not finish.</source>
        <translation>未导出：求解未完成。</translation>
    </message>
    <message>
        <source>Export CSV tables to folder</source>
        <translation>将 CSV 表格导出到文件夹</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>Wrote %1 in %2</source>
        <translation>已将 %1 写入 %2</translation>
    </message>
    <message>
        <source>Export result JSON</source>
        <translation>导出结果 JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote %1 (the same document as aif solve --json)</source>
        <translation>已写入 %1（与 aif solve --json 输出的文档相同）</translation>
    </message>
    <message>
        <source>New AI factory</source>
        <translation>新建 AI 工厂</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Opened the sample %1 as an untitled copy; Save asks where to keep yours.</source>
        <translation>已将示例 %1 作为未命名副本打开；保存时会询问您要保存到何处。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>%1 could not be opened. Nothing was changed.</source>
        <translation>无法打开 %1。未做任何更改。</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>File is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was not overwritten.

Save your design under another name?</source>
        <translation>%1 为只读文件，因此未被覆盖。

是否以其他名称保存设计？</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Could not save %1:
%2

The previous file is unchanged.</source>
        <translation>无法保存 %1：
%2

原文件未改变。</translation>
    </message>
    <message>
        <source>Saved %1 (the previous version is kept as %2.bak)</source>
        <translation>已保存 %1（上一版本保留为 %2.bak）</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Discard all changes since the last save?</source>
        <translation>放弃自上次保存以来的所有更改？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;blank design</source>
        <translation>新建空白设计(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>欢迎页(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;CSV tables…</source>
        <translation>CSV 表格(&amp;C)…</translation>
    </message>
    <message>
        <source>Result &amp;JSON…</source>
        <translation>结果 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Image of a view…</source>
        <translation>视图图像(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;cover Unsaved Work…</source>
        <translation>恢复未保存的工作(&amp;C)…</translation>
    </message>
    <message>
        <source>No autosaved work is waiting to be recovered.</source>
        <translation>没有等待恢复的自动保存内容。</translation>
    </message>
    <message>
        <source>Autosave &amp;Interval…</source>
        <translation>自动保存间隔(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>首选项(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>SI (°C, kW, m³/s, L/min)</source>
        <translation>SI（°C、kW、m³/s、L/min）</translation>
    </message>
    <message>
        <source>US (°F, tons, CFM, gpm)</source>
        <translation>US（°F、冷吨、CFM、gpm）</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation>求解(&amp;S)</translation>
    </message>
    <message>
        <source>Solve with 3D &amp;air field (T1)</source>
        <translation>使用三维气流场求解 (T1)(&amp;A)</translation>
    </message>
    <message>
        <source>Air-field &amp;grid</source>
        <translation>气流场网格(&amp;G)</translation>
    </message>
    <message>
        <source>%1 m cells</source>
        <translation>%1 m 网格单元</translation>
    </message>
    <message>
        <source>As the project&apos;s air model</source>
        <translation>作为项目的气流模型</translation>
    </message>
    <message>
        <source>&amp;Calibrate quick solves from the air field</source>
        <translation>用气流场校准快速求解(&amp;C)</translation>
    </message>
    <message>
        <source>Derives each hall&apos;s heat-recirculation matrix from its 3D flow, so every quick solve gives per-rack inlets until the layout or airflow changes</source>
        <translation>根据各机房的三维气流推导其热回流矩阵，使每次快速求解都能给出各机柜的进风温度，直至布局或风量发生变化</translation>
    </message>
    <message>
        <source>Open CFD &amp;result…</source>
        <translation>打开 CFD 结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Shows a solved OpenFOAM case (aif cfd export, aif cfd run) in the 3D view, with each rack&apos;s inlet against the fast model</source>
        <translation>在三维视图中显示已求解的 OpenFOAM 算例（aif cfd export、aif cfd run），并将各机柜的进风温度与快速模型对比</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help for this view</source>
        <translation>此视图的帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <source>Guided &amp;tour…</source>
        <translation>引导教程(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>这是什么？(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About AI Factory Studio</source>
        <translation>关于 AI Factory Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About AI Factory Studio</source>
        <translation>关于 AI Factory Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AI Factory Studio %1&lt;/h3&gt;&lt;p&gt;Design studio and digital twin for AI data centers: layout, cooling, power, fabric and the LLM workloads on the GPUs.&lt;/p&gt;&lt;p&gt;Every number comes from a formula in the code or a catalog entry with its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AI Factory Studio %1&lt;/h3&gt;&lt;p&gt;面向 AI 数据中心的设计工作室与数字孪生：布局、冷却、供电、网络架构以及运行在 GPU 上的 LLM 工作负载。&lt;/p&gt;&lt;p&gt;每个数值都来自代码中的公式或注明来源的设备目录条目。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Duplicate %1 items</source>
        <translation>创建 %1 个对象的副本</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Name of %1:</source>
        <translation>%1 的名称：</translation>
    </message>
    <message>
        <source>Rename refused: %1</source>
        <translation>重命名被拒绝：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n autosaved copies kept: File ▸ Recover Unsaved Work offers them again.</source>
        <translation>
            <numerusform>已保留 %n 份自动保存副本：可通过“文件 ▸ 恢复未保存的工作”再次找回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore autosaved work</source>
        <translation>恢复自动保存的工作</translation>
    </message>
    <message>
        <source>Restored the work autosaved %1; save to keep it.</source>
        <translation>已恢复于 %1 自动保存的工作；请保存以保留。</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <source>Keep a recovery copy of unsaved work every (seconds):</source>
        <translation>未保存工作的恢复副本保存间隔（秒）：</translation>
    </message>
    <message>
        <source>Solve cancelled: the figures shown are from the last finished solve (stale). Analyze ▸ Solve (F5) to update them.</source>
        <translation>求解已取消：显示的数值来自上次完成的求解（已过期）。使用“分析 ▸ 求解”(F5) 更新。</translation>
    </message>
    <message>
        <source>Thermal: T1 3D air field</source>
        <translation>热模型：T1 三维气流场</translation>
    </message>
    <message>
        <source>Thermal: T0 quick model</source>
        <translation>热模型：T0 快速模型</translation>
    </message>
    <message>
        <source>Re-solves after edits solve each hall&apos;s 3D air field (Analyze ▸ Solve with 3D air field). Analyze ▸ Solve returns to the quick model.</source>
        <translation>编辑后的重新求解将求解各机房的三维气流场（分析 ▸ 使用三维气流场求解）。“分析 ▸ 求解”恢复使用快速模型。</translation>
    </message>
    <message>
        <source>Re-solves after edits use the quick zonal model (T0). Analyze ▸ Solve with 3D air field (Shift+F5) keeps the 3D field instead.</source>
        <translation>编辑后的重新求解使用快速分区模型 (T0)。“分析 ▸ 使用三维气流场求解”(Shift+F5) 则改为保持使用三维气流场。</translation>
    </message>
    <message>
        <source>Solving with the 3D air field</source>
        <translation>正在使用三维气流场求解</translation>
    </message>
    <message>
        <source>Solving</source>
        <translation>正在求解</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已求解</translation>
    </message>
    <message>
        <source>: IT %1, %2 %3</source>
        <translation>：IT %1，%2 %3</translation>
    </message>
    <message>
        <source>, %1 %2</source>
        <translation>，%1 %2</translation>
    </message>
    <message>
        <source>N−1 scan</source>
        <translation>N−1 扫描</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>Showing scenario %1</source>
        <translation>正在显示场景 %1</translation>
    </message>
    <message>
        <source>%1 cannot be swept (not a number, choice or flag)</source>
        <translation>%1 无法进行参数扫描（不是数值、选项或开关）</translation>
    </message>
</context>
<context>
    <name>aif::MonthlyChart</name>
    <message>
        <source>Monthly PUE and free cooling</source>
        <translation>月度 PUE 与自然冷却</translation>
    </message>
    <message>
        <source>No annual energy result.</source>
        <translation>无年能耗结果。</translation>
    </message>
    <message>
        <source>hours with chillers off (h)</source>
        <translation>冷水机组停机小时数 (h)</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>ERE (reused heat taken off)</source>
        <translation>ERE（扣除回收余热）</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>hours with every chiller off (h): 0 all year</source>
        <translation>所有冷水机组停机小时数 (h)：全年为 0</translation>
    </message>
    <message>
        <source>%1: annual PUE %2, %4 % of heat rejected without chillers (partial economizer hours included), %3 MWh</source>
        <translation>%1：年均 PUE %2，%4 % 的热量无需冷水机组即可排出（含部分节能器运行小时），%3 MWh</translation>
    </message>
    <message>
        <source>; %1 MWh of heat reused, ERE %2</source>
        <translation>；余热回收 %1 MWh，ERE %2</translation>
    </message>
    <message>
        <source>Monthly PUE, ERE and free cooling</source>
        <translation>月度 PUE、ERE 与自然冷却</translation>
    </message>
</context>
<context>
    <name>aif::N1TableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>This case did not solve: %1</source>
        <translation>该工况未能求解：%1</translation>
    </message>
    <message>
        <source>%1 passes its limit first</source>
        <translation>%1 最先超限</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) outside ASHRAE allowable</source>
        <translation>
            <numerusform>%n 个机柜超出 ASHRAE 允许范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) outside ASHRAE recommended</source>
        <translation>
            <numerusform>%n 个机柜超出 ASHRAE 推荐范围</numerusform>
        </translation>
    </message>
    <message>
        <source>More racks outside ASHRAE allowable than in the healthy design</source>
        <translation>超出 ASHRAE 允许范围的机柜多于正常设计</translation>
    </message>
    <message>
        <source>Racks whose inlet is outside their hall&apos;s ASHRAE allowable envelope (or uncooled)</source>
        <translation>进风温度超出所在机房 ASHRAE 允许范围（或无冷却）的机柜</translation>
    </message>
    <message>
        <source>GPUs in racks whose GPUs throttle or shut down</source>
        <translation>所在机柜发生 GPU 降频或关机的 GPU 数</translation>
    </message>
    <message>
        <source>Tokens/s the design serves less than with every unit in service</source>
        <translation>与所有设备正常运行时相比，设计少提供的 token/秒</translation>
    </message>
    <message>
        <source>IT load of racks that lost a live feed (their supply or its redundancy)</source>
        <translation>失去带电馈线（其供电或供电冗余）的机柜的 IT 负载</translation>
    </message>
    <message>
        <source>Minutes until the first rack&apos;s inlet passes ASHRAE allowable, from the thermal mass of air, water and equipment</source>
        <translation>根据空气、水和设备的热容计算，首个机柜进风温度超出 ASHRAE 允许范围前的分钟数</translation>
    </message>
    <message>
        <source>Failed unit(s)</source>
        <translation>故障设备</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Max inlet</source>
        <translation>最高进风温度</translation>
    </message>
    <message>
        <source>ASHRAE violations</source>
        <translation>ASHRAE 超限</translation>
    </message>
    <message>
        <source>Throttled GPUs</source>
        <translation>降频 GPU</translation>
    </message>
    <message>
        <source>Lost tokens/s</source>
        <translation>损失 token/秒</translation>
    </message>
    <message>
        <source>Lost power capacity</source>
        <translation>损失供电容量</translation>
    </message>
    <message>
        <source>Time to limit</source>
        <translation>达到限值时间</translation>
    </message>
</context>
<context>
    <name>aif::NetworkView</name>
    <message>
        <source> Scale-across: &lt;b&gt;%1&lt;/b&gt; DCI links between the domains deployments span (%2 wavelengths/ports, %3 transceivers, %4 fibre pairs), %5, %6 (in the optics and capex above), up to %7 µs one way.</source>
        <translation> 跨域扩展：各部署所跨越的域之间共 &lt;b&gt;%1&lt;/b&gt; 条 DCI 链路（%2 个波长/端口、%3 个光模块、%4 对光纤），%5，%6（已计入上方的光模块与资本支出），单向时延最高 %7 µs。</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Transceivers</source>
        <translation>光模块</translation>
    </message>
    <message>
        <source>Routed length</source>
        <translation>布线长度</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>pJ/bit</source>
        <translation>pJ/bit</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>传输距离</translation>
    </message>
    <message>
        <source>Pluggable</source>
        <translation>可插拔</translation>
    </message>
    <message>
        <source>LPO (linear pluggable)</source>
        <translation>LPO（线性驱动可插拔）</translation>
    </message>
    <message>
        <source>CPO (co-packaged)</source>
        <translation>CPO（共封装）</translation>
    </message>
    <message>
        <source>Scale-out domain:</source>
        <translation>横向扩展域：</translation>
    </message>
    <message>
        <source>Power and cost by medium</source>
        <translation>各介质的功耗与成本</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>Optics technology: pluggable, LPO and CPO side by side</source>
        <translation>光模块技术：可插拔、LPO 与 CPO 对比</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Links in the design (what-if)</source>
        <translation>设计中的链路（假设分析）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt; — planning the fabric…</source>
        <translation>&lt;b&gt;网络&lt;/b&gt; — 正在规划网络架构…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt; — no design open</source>
        <translation>&lt;b&gt;网络&lt;/b&gt; — 未打开设计</translation>
    </message>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt; — %1, %2 GPUs: &lt;b&gt;%3&lt;/b&gt; leaf + &lt;b&gt;%4&lt;/b&gt; spine + &lt;b&gt;%5&lt;/b&gt; core switches, %6 cables (%7); beside them &lt;b&gt;%12&lt;/b&gt; storage, &lt;b&gt;%13&lt;/b&gt; in-band and &lt;b&gt;%14&lt;/b&gt; out-of-band switches. Switches &lt;b&gt;%8&lt;/b&gt; (with scale-up switch trays), optics &lt;b&gt;%9&lt;/b&gt;, network capex &lt;b&gt;%10&lt;/b&gt;. &lt;span style=&apos;color:#888&apos;&gt;Planned in %11 ms.&lt;/span&gt;</source>
        <translation>&lt;b&gt;网络&lt;/b&gt; — %1，%2 个 GPU：&lt;b&gt;%3&lt;/b&gt; 台叶交换机 + &lt;b&gt;%4&lt;/b&gt; 台脊交换机 + &lt;b&gt;%5&lt;/b&gt; 台核心交换机，%6 条线缆（%7）；此外另有 &lt;b&gt;%12&lt;/b&gt; 台存储交换机、&lt;b&gt;%13&lt;/b&gt; 台带内管理交换机和 &lt;b&gt;%14&lt;/b&gt; 台带外管理交换机。交换机 &lt;b&gt;%8&lt;/b&gt;（含纵向扩展交换托盘），光模块 &lt;b&gt;%9&lt;/b&gt;，网络资本支出 &lt;b&gt;%10&lt;/b&gt;。&lt;span style=&apos;color:#888&apos;&gt;规划耗时 %11 ms。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>1 scale-out domain</source>
        <translation>1 个横向扩展域</translation>
    </message>
    <message>
        <source>%1 scale-out domains</source>
        <translation>%1 个横向扩展域</translation>
    </message>
    <message>
        <source>%1 switches</source>
        <translation>%1 台交换机</translation>
    </message>
    <message>
        <source>%1 switch trays</source>
        <translation>%1 个交换托盘</translation>
    </message>
    <message>
        <source>%1 wavelengths/ports</source>
        <translation>%1 个波长/端口</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 条链路</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Optics power</source>
        <translation>光模块功耗</translation>
    </message>
    <message>
        <source>Energy per bit (per link end)</source>
        <translation>每比特能耗（每个链路端）</translation>
    </message>
    <message>
        <source>Optics capex</source>
        <translation>光模块资本支出</translation>
    </message>
    <message>
        <source>Compute-fabric capex (switches + optics)</source>
        <translation>计算网络资本支出（交换机 + 光模块）</translation>
    </message>
    <message>
        <source>Optical module failures per year</source>
        <translation>每年光模块故障数</translation>
    </message>
    <message>
        <source>Links on parts of this technology</source>
        <translation>使用该技术部件的链路</translation>
    </message>
    <message>
        <source>Links re-picked against pluggable</source>
        <translation>相对可插拔方案重新选型的链路</translation>
    </message>
    <message>
        <source>Links beyond reach</source>
        <translation>超出传输距离的链路</translation>
    </message>
    <message>
        <source>%1 pJ/bit</source>
        <translation>%1 pJ/bit</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Each column is the planner run with that technology (the cheapest medium that reaches, as &lt;tt&gt;aif fabric FILE --optics&lt;/tt&gt;); power, prices and MTBF per module from the optics catalog (MTBF: Meta field data from ECOC 2025, quoted second-hand; LPO taken as pluggable). Scale-up and management-network optics are not part of the comparison.</source>
        <translation>每一列为采用该技术运行规划器的结果（选用可达的最便宜介质，同 &lt;tt&gt;aif fabric FILE --optics&lt;/tt&gt;）；各模块的功耗、价格和 MTBF 取自光模块设备目录（MTBF：Meta 现场数据，出自 ECOC 2025，系转引；LPO 按可插拔计）。纵向扩展网络与管理网络的光模块不参与比较。</translation>
    </message>
    <message>
        <source> &lt;b&gt;The catalog has no %1 part at this fabric&apos;s lane rate&lt;/b&gt;: that column keeps pluggable optics.</source>
        <translation> &lt;b&gt;设备目录中没有该网络架构通道速率下的 %1 部件&lt;/b&gt;：该列保留可插拔光模块。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>aif::NewProjectWizard</name>
    <message>
        <source>New AI factory</source>
        <translation>新建 AI 工厂</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Where the AI factory stands: its weather drives free cooling, its prices the cost per token.</source>
        <translation>AI 工厂所在地：当地气候决定自然冷却能力，当地价格决定每 token 成本。</translation>
    </message>
    <message>
        <source>(the climate&apos;s city)</source>
        <translation>（气候数据所属城市）</translation>
    </message>
    <message>
        <source>Weather normals bundled with the studio (catalog &quot;climate&quot;), with their sources</source>
        <translation>随软件附带的气象常年值（设备目录“climate”），附有数据来源</translation>
    </message>
    <message>
        <source>Price of electricity drawn by the site</source>
        <translation>站点用电的电价</translation>
    </message>
    <message>
        <source>the climate&apos;s grid</source>
        <translation>气候所在地的电网</translation>
    </message>
    <message>
        <source>Carbon intensity of the grid electricity; 0 uses the yearly figure bundled with the climate&apos;s location (eGRID2023 subregion in the US, Ember elsewhere; docs/energy.md). For scale: the US grid averaged about 370 g/kWh in 2023 (EIA).</source>
        <translation>电网电力的碳排放强度；0 表示使用气候所在地随附的年度数值（美国为 eGRID2023 子区域数据，其他地区为 Ember 数据；见 docs/energy.md）。作为参考：2023 年美国电网平均约为 370 g/kWh（EIA）。</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>气候</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>电网碳排放强度</translation>
    </message>
    <message>
        <source>IT load and racks</source>
        <translation>IT 负载与机柜</translation>
    </message>
    <message>
        <source>How much GPU power to install, in which rack system, over how many halls.</source>
        <translation>要安装多少 GPU 功率、采用哪种机柜系统、分布在几个机房。</translation>
    </message>
    <message>
        <source>IT load of the GPU systems at their nameplate power; whole racks are installed, so the design lands on the nearest whole number of racks (at least one rack or supernode)</source>
        <translation>GPU 系统按铭牌功率计的 IT 负载；机柜按整柜安装，因此设计取最接近的整数机柜数（至少一个机柜或超节点）</translation>
    </message>
    <message>
        <source>air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <source>liquid</source>
        <translation>液冷</translation>
    </message>
    <message>
        <source>%1 — %2 GPUs, %3 per system, %4-cooled</source>
        <translation>%1 — %2 个 GPU，每系统 %3 个，%4</translation>
    </message>
    <message>
        <source>As many as the load needs</source>
        <translation>按负载需要确定</translation>
    </message>
    <message>
        <source>Halls to split the racks over; at most %1 MW of IT go in one hall (what its 13.8 kV utility feeder carries)</source>
        <translation>机柜分布的机房数；每个机房最多承载 %1 MW IT 负载（即其 13.8 kV 市电馈线的容量）</translation>
    </message>
    <message>
        <source>Chosen for the GPU</source>
        <translation>根据 GPU 选定</translation>
    </message>
    <message>
        <source>The LLM of the first deployment, served on every GPU; you can add more later</source>
        <translation>首个部署的 LLM，在所有 GPU 上提供服务；之后可添加更多</translation>
    </message>
    <message>
        <source>Target IT load</source>
        <translation>目标 IT 负载</translation>
    </message>
    <message>
        <source>Rack system</source>
        <translation>机柜系统</translation>
    </message>
    <message>
        <source>Halls</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>First workload</source>
        <translation>首个工作负载</translation>
    </message>
    <message>
        <source>Cooling and power</source>
        <translation>冷却与供电</translation>
    </message>
    <message>
        <source>The architectures the units are sized for; every unit stays editable afterwards.</source>
        <translation>设备选型所依据的架构；之后每台设备仍可编辑。</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Air with containment</source>
        <translation>风冷 + 通道封闭</translation>
    </message>
    <message>
        <source>Rear-door heat exchangers</source>
        <translation>背板换热器</translation>
    </message>
    <message>
        <source>Direct liquid cooling with CDUs</source>
        <translation>直接液冷（配 CDU）</translation>
    </message>
    <message>
        <source>Hybrid: liquid with CDUs plus room air</source>
        <translation>混合：CDU 液冷 + 机房风冷</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>AC with UPS</source>
        <translation>AC 配 UPS</translation>
    </message>
    <message>
        <source>800 VDC</source>
        <translation>800 VDC</translation>
    </message>
    <message>
        <source>48 V busway</source>
        <translation>48 V 母线槽</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>冗余</translation>
    </message>
    <message>
        <source>What will be built</source>
        <translation>建设内容</translation>
    </message>
    <message>
        <source>The starting design, sized to the load with the redundancy you chose. Finish to open it.</source>
        <translation>初始设计，已按负载和所选冗余完成选型。点击“完成”即可打开。</translation>
    </message>
    <message>
        <source>This system is liquid-cooled</source>
        <translation>该系统为液冷</translation>
    </message>
    <message>
        <source>This system is air-cooled</source>
        <translation>该系统为风冷</translation>
    </message>
    <message>
        <source>for a liquid-cooled system the same design as &quot;Direct liquid cooling&quot;: CDUs take the liquid share, a rear door on every rack the rest</source>
        <translation>对液冷系统，与“直接液冷”设计相同：CDU 承担液冷部分，其余热量由每个机柜的背板换热器承担</translation>
    </message>
    <message>
        <source>No catalog</source>
        <translation>无设备目录</translation>
    </message>
    <message>
        <source>Sizing halls, cooling, power and the fabric for %1…</source>
        <translation>正在为 %1 确定机房、冷却、供电和网络架构的规模…</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;This design cannot be built:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Go back and change the choice it names.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;该设计无法建造：&lt;/b&gt;%1&lt;/p&gt;&lt;p&gt;请返回并修改其中指出的选项。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;Rows&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Racks (GPU racks)&lt;/td&gt;&lt;td align=right&gt;%4 (%5)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;GPUs&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;IT load at nameplate&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Air units&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;CDUs&lt;/td&gt;&lt;td align=right&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Heat-rejection units&lt;/td&gt;&lt;td align=right&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Power equipment&lt;/td&gt;&lt;td align=right&gt;%11&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Switches&lt;/td&gt;&lt;td align=right&gt;%12&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Deployment&lt;/td&gt;&lt;td align=right&gt;%13&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;机柜列&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;机柜（GPU 机柜）&lt;/td&gt;&lt;td align=right&gt;%4 (%5)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;GPU&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;铭牌 IT 负载&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;空调机组&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;CDU&lt;/td&gt;&lt;td align=right&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;排热设备&lt;/td&gt;&lt;td align=right&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;供电设备&lt;/td&gt;&lt;td align=right&gt;%11&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;交换机&lt;/td&gt;&lt;td align=right&gt;%12&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;部署&lt;/td&gt;&lt;td align=right&gt;%13&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>aif::OverrideTable</name>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The item the override changes</source>
        <translation>覆盖值所修改的对象</translation>
    </message>
    <message>
        <source>Which of the item&apos;s fields</source>
        <translation>该对象的哪个字段</translation>
    </message>
    <message>
        <source>The value the scenario uses instead of the design&apos;s, in your units</source>
        <translation>场景用来替代设计值的值，采用当前单位</translation>
    </message>
    <message>
        <source>What stops the override from applying, if anything</source>
        <translation>阻止覆盖值生效的原因（如有）</translation>
    </message>
    <message>
        <source>No item matches &apos;%1&apos;: type more of its name or id and pick it from the list.</source>
        <translation>没有与“%1”匹配的对象：请输入更多名称或 id，并从列表中选择。</translation>
    </message>
    <message>
        <source>%1 (not an editable field)</source>
        <translation>%1（不是可编辑字段）</translation>
    </message>
    <message>
        <source>Change field</source>
        <translation>更改字段</translation>
    </message>
    <message>
        <source>The stored value; pick an existing item and field to edit it.</source>
        <translation>已存储的值；选择现有对象和字段即可编辑。</translation>
    </message>
    <message>
        <source>Change value</source>
        <translation>更改值</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 has no field a scenario can change.</source>
        <translation>%1 没有可由场景更改的字段。</translation>
    </message>
    <message>
        <source>Change item</source>
        <translation>更改对象</translation>
    </message>
</context>
<context>
    <name>aif::OverviewPage</name>
    <message>
        <source>No halls yet. Open a sample project (File ▸ Open) or add a hall.</source>
        <translation>尚无机房。请打开示例项目（文件 ▸ 打开）或添加机房。</translation>
    </message>
    <message>
        <source>air-cooled rack</source>
        <translation>风冷机柜</translation>
    </message>
    <message>
        <source>liquid-cooled rack</source>
        <translation>液冷机柜</translation>
    </message>
    <message>
        <source>air unit</source>
        <translation>空调机组</translation>
    </message>
    <message>
        <source>CDU</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>power</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>hot aisle</source>
        <translation>热通道</translation>
    </message>
</context>
<context>
    <name>aif::ParetoChart</name>
    <message>
        <source>Tokens/s per GPU vs per user</source>
        <translation>每 GPU 与每用户的 token/秒</translation>
    </message>
    <message>
        <source>layout, batch</source>
        <translation>并行布局、批大小</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto 前沿</translation>
    </message>
    <message>
        <source>this deployment</source>
        <translation>此部署</translation>
    </message>
    <message>
        <source>TPOT limit</source>
        <translation>TPOT 上限</translation>
    </message>
    <message>
        <source>tokens/s per user</source>
        <translation>每用户 token/秒</translation>
    </message>
    <message>
        <source>tokens/s per GPU</source>
        <translation>每 GPU token/秒</translation>
    </message>
    <message>
        <source>%1 tokens/s per user, %2 tokens/s per GPU</source>
        <translation>每用户 %1 token/秒，每 GPU %2 token/秒</translation>
    </message>
    <message>
        <source>Tokens/s per GPU vs per user (%1 layout × batch points)</source>
        <translation>每 GPU 与每用户的 token/秒（%1 个布局 × 批大小点）</translation>
    </message>
</context>
<context>
    <name>aif::PlanSlide</name>
    <message>
        <source>The design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 systems</source>
        <translation>%1 套系统</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message numerus="yes">
        <source>in %n hall(s)</source>
        <translation>
            <numerusform>分布于 %n 个机房</numerusform>
        </translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>占地面积</translation>
    </message>
</context>
<context>
    <name>aif::PowerBreakdownChart</name>
    <message>
        <source>Power breakdown</source>
        <translation>功率分解</translation>
    </message>
    <message>
        <source>No power result: the power solve did not run or the design has no powered racks.</source>
        <translation>无功率结果：功率求解未运行，或设计中没有通电的机柜。</translation>
    </message>
    <message>
        <source>IT components (IT power less PSU losses)</source>
        <translation>IT 组件（IT 功率减去 PSU 损耗）</translation>
    </message>
    <message>
        <source>cooling: air-unit fans</source>
        <translation>冷却：空调机组风机</translation>
    </message>
    <message>
        <source>cooling: CDU pumps</source>
        <translation>冷却：CDU 泵</translation>
    </message>
    <message>
        <source>cooling: chillers</source>
        <translation>冷却：冷水机组</translation>
    </message>
    <message>
        <source>cooling: dry coolers</source>
        <translation>冷却：干冷器</translation>
    </message>
    <message>
        <source>cooling: towers</source>
        <translation>冷却：冷却塔</translation>
    </message>
    <message>
        <source>cooling: heat reuse</source>
        <translation>冷却：余热回收</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>aif::PowerPanel</name>
    <message>
        <source>&lt;p&gt;No power results yet: &lt;b&gt;Analyze ▸ Solve&lt;/b&gt; (F5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚无供电结果：&lt;b&gt;分析 ▸ 求解&lt;/b&gt; (F5)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#888&apos;&gt;(stale: edited since the last solve)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#888&apos;&gt;（已过期：上次求解后有编辑）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AC vs 800 VDC for this IT load&lt;/h3&gt;&lt;p&gt;Same chip power through reference chains from the catalog, %1 sizing; 800 VDC gains &lt;b&gt;%2 points&lt;/b&gt; end to end.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;此 IT 负载下 AC 与 800 VDC 的对比&lt;/h3&gt;&lt;p&gt;相同芯片功率经过设备目录中的参考供电链路，按 %1 选型；800 VDC 端到端效率高出 &lt;b&gt;%2 个百分点&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — end to end &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=0 cellpadding=3 border=1&gt;&lt;tr&gt;&lt;th&gt;stage (chip → utility)&lt;/th&gt;&lt;th&gt;catalog&lt;/th&gt;&lt;th&gt;load&lt;/th&gt;&lt;th&gt;η&lt;/th&gt;&lt;th&gt;loss&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — 端到端 &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=0 cellpadding=3 border=1&gt;&lt;tr&gt;&lt;th&gt;环节（芯片 → 市电）&lt;/th&gt;&lt;th&gt;目录&lt;/th&gt;&lt;th&gt;负载&lt;/th&gt;&lt;th&gt;η&lt;/th&gt;&lt;th&gt;损耗&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Power %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;供电 %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;IT load (at rack inputs)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Power-chain losses&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cooling power&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Facility power&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PUE (pPUE power / cooling)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt; (%6 / %7)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Indicative Uptime tier&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;Tier %8&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;i&gt;%9&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;IT 负载（机柜输入端）&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;供电链路损耗&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;制冷功率&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;设施总功率&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PUE（pPUE 供电 / 制冷）&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt;（%6 / %7）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;参考 Uptime 等级&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;Tier %8&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;i&gt;%9&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Losses by stage&lt;/b&gt; (share of IT)&lt;/p&gt;&lt;table cellpadding=2&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;各环节损耗&lt;/b&gt;（占 IT 比例）&lt;/p&gt;&lt;table cellpadding=2&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cooling&lt;/b&gt;: air-unit fans %1, CDU pumps %2, chillers %3, dry coolers %4, towers %5, heat reuse %9&lt;br&gt;heat to liquid %6, to air %7&lt;br&gt;&lt;small&gt;%8&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;制冷&lt;/b&gt;：空调机组风机 %1，CDU 泵 %2，冷水机组 %3，干冷器 %4，冷却塔 %5，余热回收 %9&lt;br&gt;液冷散热 %6，风冷散热 %7&lt;br&gt;&lt;small&gt;%8&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;N-1&lt;/b&gt;: %1 single failures analysed; %2 drop load, %3 overload a stage.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;N-1&lt;/b&gt;：分析了 %1 个单点故障；%2 个导致掉载，%3 个导致某环节过载。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>aif::PowerSlide</name>
    <message>
        <source>Where the power goes</source>
        <translation>功率去向</translation>
    </message>
    <message>
        <source>Facility power at the operating point: IT, power-chain losses and cooling</source>
        <translation>工作点下的设施功率：IT、供电链路损耗和冷却</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>工作点</translation>
    </message>
    <message>
        <source>of which network</source>
        <translation>其中网络</translation>
    </message>
    <message>
        <source>switches, optics and NICs, inside IT power</source>
        <translation>交换机、光模块和网卡，计入 IT 功率</translation>
    </message>
</context>
<context>
    <name>aif::PowerStage</name>
    <message>
        <source>Server PSU</source>
        <translation>服务器电源</translation>
    </message>
</context>
<context>
    <name>aif::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>SI (°C, kW, m³/s, L/min)</source>
        <translation>SI（°C、kW、m³/s、L/min）</translation>
    </message>
    <message>
        <source>US (°F, tons, CFM, gpm)</source>
        <translation>US（°F、冷吨、CFM、gpm）</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>T0 quick model (seconds)</source>
        <translation>T0 快速模型（秒级）</translation>
    </message>
    <message>
        <source>T1 3D air field (minutes on a campus)</source>
        <translation>T1 三维气流场（园区规模需数分钟）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>User catalog folder</source>
        <translation>用户设备目录文件夹</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>自动保存间隔</translation>
    </message>
    <message>
        <source>Solve a design with</source>
        <translation>求解设计时采用</translation>
    </message>
    <message>
        <source>Language and catalog folder take effect at the next start.</source>
        <translation>语言和用户设备目录文件夹的更改将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>aif::PresentationControls</name>
    <message>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Electricity price (design %1 USD/kWh)</source>
        <translation>电价（设计值 %1 USD/kWh）</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Utilisation (share of the year at load)</source>
        <translation>利用率（全年带载时间占比）</translation>
    </message>
    <message numerus="yes">
        <source>%n per rack</source>
        <translation>
            <numerusform>每机柜 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU system (racks as built)</source>
        <translation>GPU 系统（按已建机柜）</translation>
    </message>
    <message>
        <source>GPU system: no other fits these racks</source>
        <translation>GPU 系统：没有其他系统适配这些机柜</translation>
    </message>
    <message>
        <source>PUE target</source>
        <translation>PUE 目标</translation>
    </message>
    <message>
        <source>PUE target (shown beside the solved PUE)</source>
        <translation>PUE 目标（显示在求解所得 PUE 旁）</translation>
    </message>
    <message>
        <source>what-if, not saved</source>
        <translation>假设分析，不保存</translation>
    </message>
    <message>
        <source>%1 USD/kWh</source>
        <translation>%1 USD/kWh</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>as designed (%1 %)</source>
        <translation>按设计（%1 %）</translation>
    </message>
    <message>
        <source>solving…</source>
        <translation>正在求解…</translation>
    </message>
    <message>
        <source>solved in %1 ms</source>
        <translation>求解用时 %1 ms</translation>
    </message>
</context>
<context>
    <name>aif::PresentationWindow</name>
    <message>
        <source>Plan</source>
        <translation>平面图</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>$/Mtok</source>
        <translation>$/Mtok</translation>
    </message>
    <message>
        <source>Presentation — %1</source>
        <translation>演示 — %1</translation>
    </message>
    <message>
        <source>solve cancelled</source>
        <translation>求解已取消</translation>
    </message>
</context>
<context>
    <name>aif::ProjectOutline</name>
    <message>
        <source>Right-click to add a %1</source>
        <translation>右键单击以添加 %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>aif::RackMetric</name>
    <message>
        <source>Inlet temperature</source>
        <translation>进风温度</translation>
    </message>
    <message>
        <source>Outlet temperature</source>
        <translation>出风温度</translation>
    </message>
    <message>
        <source>GPU junction temperature</source>
        <translation>GPU 结温</translation>
    </message>
    <message>
        <source>Rack power</source>
        <translation>机柜功率</translation>
    </message>
    <message>
        <source>Power budget used</source>
        <translation>功率预算占用</translation>
    </message>
    <message>
        <source>Output tokens/s per rack</source>
        <translation>每机柜输出 token/s</translation>
    </message>
    <message>
        <source>GPU activity</source>
        <translation>GPU 活跃度</translation>
    </message>
</context>
<context>
    <name>aif::RecentList</name>
    <message>
        <source>Recent designs</source>
        <translation>最近的设计</translation>
    </message>
    <message>
        <source>%1
This file no longer exists.</source>
        <translation>%1
此文件已不存在。</translation>
    </message>
    <message>
        <source>No recent designs yet. The designs you open or save appear here.</source>
        <translation>暂无最近的设计。您打开或保存的设计将显示在此处。</translation>
    </message>
</context>
<context>
    <name>aif::RecoveryDialog</name>
    <message>
        <source>Untitled design</source>
        <translation>未命名设计</translation>
    </message>
    <message>
        <source>%1 (untitled)</source>
        <translation>%1（未命名）</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>AI Factory Studio ended without saving the designs below; their autosaved copies were kept. Restore one to continue where you left off (your saved file stays as it is until you save), open the saved version instead, or discard a copy you no longer need. Later keeps every copy for next time.</source>
        <translation>AI Factory Studio 退出时未保存以下设计；其自动保存的副本已保留。恢复副本可从上次中断处继续（在您保存之前，已保存的文件保持不变）；也可以改为打开已保存的版本，或丢弃不再需要的副本。选择“稍后”将保留所有副本供下次使用。</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>自动保存时间</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>已保存文件</translation>
    </message>
    <message>
        <source>File last saved</source>
        <translation>文件上次保存时间</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open saved version</source>
        <translation>打开已保存版本(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Discard copy</source>
        <translation>丢弃副本(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> （缺失）</translation>
    </message>
    <message>
        <source>Nothing left to recover.</source>
        <translation>没有可恢复的内容了。</translation>
    </message>
    <message>
        <source>Autosaved %1; %2 was last saved %3.</source>
        <translation>自动保存于 %1；%2 上次保存于 %3。</translation>
    </message>
    <message>
        <source>Autosaved %1. Restoring opens it as a design you have not saved yet.</source>
        <translation>自动保存于 %1。恢复后将作为尚未保存的设计打开。</translation>
    </message>
</context>
<context>
    <name>aif::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Engineering (every section)</source>
        <translation>工程版（全部章节）</translation>
    </message>
    <message>
        <source>Customer (summary, plan, heat map, tokens, TCO, sources)</source>
        <translation>客户版（摘要、平面图、热力图、token、TCO、来源）</translation>
    </message>
    <message>
        <source>SI (°C, kW, m³/s)</source>
        <translation>SI（°C、kW、m³/s）</translation>
    </message>
    <message>
        <source>US customary (°F, tons, CFM)</source>
        <translation>US 美制单位（°F、冷吨、CFM）</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;HTML…</source>
        <translation>保存 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>%1 sections. The numbers are those of the last solve, as aif report writes them for this file.</source>
        <translation>共 %1 个章节。数值为上次求解的结果，与 aif report 为此文件生成的结果一致。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;未保存：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>aif::RowToolDialog</name>
    <message>
        <source>Row tool</source>
        <translation>机柜列工具</translation>
    </message>
    <message>
        <source>Racks per row</source>
        <translation>每列机柜数</translation>
    </message>
    <message>
        <source>rack width</source>
        <translation>等于机柜宽度</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>间距</translation>
    </message>
    <message>
        <source>Fronts south (0°)</source>
        <translation>正面朝南 (0°)</translation>
    </message>
    <message>
        <source>Fronts west (90°)</source>
        <translation>正面朝西 (90°)</translation>
    </message>
    <message>
        <source>Fronts north (180°)</source>
        <translation>正面朝北 (180°)</translation>
    </message>
    <message>
        <source>Fronts east (270°)</source>
        <translation>正面朝东 (270°)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>朝向</translation>
    </message>
    <message>
        <source>(empty racks)</source>
        <translation>（空机柜）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Systems per rack</source>
        <translation>每机柜系统数</translation>
    </message>
    <message>
        <source>Rack width</source>
        <translation>机柜宽度</translation>
    </message>
    <message>
        <source>Rack depth</source>
        <translation>机柜深度</translation>
    </message>
    <message>
        <source>(the row&apos;s letters: C01, C02 …)</source>
        <translation>（机柜列字母：C01、C02 …）</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>名称前缀</translation>
    </message>
    <message>
        <source>Hot aisle (aisle pair)</source>
        <translation>热通道（双列通道）</translation>
    </message>
</context>
<context>
    <name>aif::ScenarioList</name>
    <message>
        <source>Solve</source>
        <translation>求解</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>覆盖项</translation>
    </message>
    <message>
        <source>The design or scenario the studio solves</source>
        <translation>本软件求解的设计或场景</translation>
    </message>
    <message>
        <source>Base design</source>
        <translation>基准设计</translation>
    </message>
    <message>
        <source>The design as drawn, without overrides</source>
        <translation>按图绘制、不含覆盖项的设计</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Double-click or F2 to rename</source>
        <translation>双击或按 F2 重命名</translation>
    </message>
    <message>
        <source>Solve %1</source>
        <translation>求解 %1</translation>
    </message>
</context>
<context>
    <name>aif::ScenarioPanel</name>
    <message>
        <source>Solve:</source>
        <translation>求解：</translation>
    </message>
    <message>
        <source>The design or scenario the studio solves and shows results for</source>
        <translation>软件求解并显示结果的设计或场景</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>A new scenario: the current design with no overrides yet</source>
        <translation>新场景：当前设计，尚无覆盖项</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>A copy of the scenario with its overrides</source>
        <translation>场景副本，含其覆盖项</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the scenario in place (F2)</source>
        <translation>就地重命名场景 (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the scenario (undo brings it back)</source>
        <translation>删除场景（可撤销恢复）</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>删除场景</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>What the scenario tests, in words</source>
        <translation>用文字说明该场景要测试的内容</translation>
    </message>
    <message>
        <source>Add override</source>
        <translation>添加覆盖项</translation>
    </message>
    <message>
        <source>Add a row: pick the item, the field and its value</source>
        <translation>添加一行：选择对象、字段及其值</translation>
    </message>
    <message>
        <source>Add selected item</source>
        <translation>添加所选对象</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>移除覆盖项</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>移除所选行</translation>
    </message>
    <message>
        <source>Select an item (on the floor plan, in the outline ...) to add an override for it</source>
        <translation>选择一个对象（在平面图、大纲等中）以为其添加覆盖项</translation>
    </message>
    <message>
        <source>Add an override for each of the %1 selected items</source>
        <translation>为所选的 %1 个对象各添加一个覆盖项</translation>
    </message>
    <message>
        <source>Add an override for %1</source>
        <translation>为 %1 添加覆盖项</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>场景必须有名称。</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>将场景 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Describe scenario %1</source>
        <translation>编辑场景 %1 的描述</translation>
    </message>
    <message>
        <source>Every field of these items already has an override.</source>
        <translation>这些对象的所有字段均已有覆盖项。</translation>
    </message>
    <message>
        <source>Add override to %1</source>
        <translation>为 %1 添加覆盖项</translation>
    </message>
    <message>
        <source>%1 items are selected; add overrides for at most %2 at once.</source>
        <translation>已选择 %1 个对象；一次最多只能为 %2 个添加覆盖项。</translation>
    </message>
    <message>
        <source>Nothing to add: select an item that has fields left to override.</source>
        <translation>无可添加内容：请选择仍有可覆盖字段的对象。</translation>
    </message>
    <message>
        <source>Add overrides to %1</source>
        <translation>为 %1 添加多个覆盖项</translation>
    </message>
    <message>
        <source>Remove override from %1</source>
        <translation>移除 %1 的覆盖项</translation>
    </message>
    <message>
        <source>Remove overrides from %1</source>
        <translation>移除 %1 的多个覆盖项</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>Overrides of %1</source>
        <translation>%1 的覆盖项</translation>
    </message>
    <message>
        <source>Base design</source>
        <translation>基准设计</translation>
    </message>
    <message>
        <source>The base design is the project as drawn. Pick a scenario, or create one with New, to try a what-if without editing the design.</source>
        <translation>基准设计即按当前绘制的项目。选择一个场景，或用“新建”创建一个，即可在不编辑设计的情况下进行假设分析。</translation>
    </message>
    <message>
        <source>No overrides yet: this scenario solves the design as drawn. Add one with Add override, or select an item (a CDU on the floor plan, say) and click Add selected item.</source>
        <translation>尚无覆盖项：该场景按当前绘制的设计求解。可用“添加覆盖项”添加，或选择一个对象（例如平面图上的某个 CDU）后点击“添加所选对象”。</translation>
    </message>
</context>
<context>
    <name>aif::SchematicView</name>
    <message>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>适应视图</translation>
    </message>
    <message>
        <source>Add equipment; it is connected to the selected box where that makes sense</source>
        <translation>添加设备；在适用时会连接到所选方框</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected boxes, or the selected connection (Del)</source>
        <translation>删除所选方框或所选连接 (Del)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the diagram to the view</source>
        <translation>缩放图形以适应视图</translation>
    </message>
</context>
<context>
    <name>aif::SingleLineDiagram</name>
    <message>
        <source>%1 power shelves</source>
        <translation>%1 个电源框</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <source>%1 failed · </source>
        <translation>%1 个故障 · </translation>
    </message>
    <message>
        <source>FAILED · </source>
        <translation>故障 · </translation>
    </message>
    <message>
        <source>%1 of %2 modules failed · </source>
        <translation>%2 个模块中 %1 个故障 · </translation>
    </message>
    <message>
        <source>Power shelves fed from %1:
%2</source>
        <translation>由 %1 供电的电源框：
%2</translation>
    </message>
    <message>
        <source>%1 (%2)
%3, side %4</source>
        <translation>%1 (%2)
%3，%4 侧</translation>
    </message>
    <message>
        <source>feeds 1 rack</source>
        <translation>为 1 个机柜供电</translation>
    </message>
    <message>
        <source>feeds %1 racks</source>
        <translation>为 %1 个机柜供电</translation>
    </message>
    <message>
        <source>Add downstream</source>
        <translation>添加下游设备</translation>
    </message>
    <message>
        <source>Disconnect from upstream</source>
        <translation>断开与上游的连接</translation>
    </message>
    <message>
        <source>Failed (what-if)</source>
        <translation>故障（假设分析）</translation>
    </message>
    <message>
        <source>Trip one module (what-if)</source>
        <translation>跳闸一个模块（假设分析）</translation>
    </message>
    <message>
        <source>Restore modules</source>
        <translation>恢复模块</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Drag from a box&apos;s bottom handle onto another box to feed it; drop a box on another to re-parent it.</source>
        <translation>从方框底部的手柄拖到另一个方框上即可为其供电；将方框拖放到另一个方框上可更改其上级。</translation>
    </message>
    <message>
        <source>%1 of %2  (%3 %)</source>
        <translation>%1 / %2（%3 %）</translation>
    </message>
</context>
<context>
    <name>aif::SitesCard</name>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>气候</translation>
    </message>
    <message>
        <source>$/kWh</source>
        <translation>$/kWh</translation>
    </message>
    <message>
        <source>gCO₂/kWh</source>
        <translation>gCO₂/kWh</translation>
    </message>
    <message>
        <source>IT kW</source>
        <translation>IT kW</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>$/Mtok</source>
        <translation>$/Mtok</translation>
    </message>
    <message>
        <source>gCO₂/Mtok</source>
        <translation>gCO₂/Mtok</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Deployments (users&apos; round trip)</source>
        <translation>部署（用户往返时延）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sites&lt;/b&gt;</source>
        <translation>&lt;b&gt;站点&lt;/b&gt;</translation>
    </message>
    <message>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
    <message>
        <source> ✗ over budget</source>
        <translation> ✗ 超出预算</translation>
    </message>
    <message>
        <source>%1: %2 ms budget, %3 ms here; may run at %4</source>
        <translation>%1：时延预算 %2 ms，此处 %3 ms；可运行于 %4</translation>
    </message>
    <message>
        <source>%1: not latency-bound, may run at any site</source>
        <translation>%1：不受时延约束，可在任意站点运行</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>Whole factory</source>
        <translation>全厂</translation>
    </message>
    <message>
        <source>%1 ↔ %2: %3 km, %4 Gb/s, %5 ms one way%6</source>
        <translation>%1 ↔ %2：%3 km，%4 Gb/s，单向 %5 ms%6</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s). Tokens are served tokens (training serves none); each site is solved at its own weather, tariff and grid.</source>
        <translation>
            <numerusform>%n 个站点。token 指已服务的 token（训练不产生服务 token）；各站点按各自的气象、电价和电网分别求解。</numerusform>
        </translation>
    </message>
    <message>
        <source> No scale-across link joins the sites.</source>
        <translation> 没有跨域扩展链路连接各站点。</translation>
    </message>
    <message>
        <source> Scale-across: %1.</source>
        <translation> 跨域扩展：%1。</translation>
    </message>
</context>
<context>
    <name>aif::SolveProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this solve; the figures shown stay those of the last finished solve, marked stale</source>
        <translation>停止本次求解；显示的数值仍为上次完成求解的结果，并标记为已过期</translation>
    </message>
</context>
<context>
    <name>aif::SweepEditor</name>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Every combination (grid)</source>
        <translation>全部组合（网格）</translation>
    </message>
    <message>
        <source>Random draw of</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> 个算例</translation>
    </message>
    <message>
        <source>Recorded as the column %1 (docs/sweep.md)</source>
        <translation>记录为列 %1（docs/sweep.md）</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source> threads</source>
        <translation> 个线程</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>运行参数扫描</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add a parameter to sweep.</source>
        <translation>添加要扫描的参数。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), each a full solve</source>
        <translation>
            <numerusform>%n 个算例，每个均为一次完整求解</numerusform>
        </translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>添加参数</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Values from … to … in equal steps</source>
        <translation>从 … 到 … 按等步长取值</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>or from</source>
        <translation>或取自</translation>
    </message>
    <message>
        <source>All %1 (%2)</source>
        <translation>全部 %1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>v1, v2, ...</source>
        <translation>v1, v2, ...</translation>
    </message>
    <message>
        <source>v1, v2, ... in %1</source>
        <translation>v1, v2, ...（单位 %1）</translation>
    </message>
    <message>
        <source>%1 is already swept</source>
        <translation>%1 已在扫描中</translation>
    </message>
</context>
<context>
    <name>aif::SweepPanel</name>
    <message>
        <source>No sweep run yet. Add parameters on the left and press Run sweep.</source>
        <translation>尚未运行参数扫描。请在左侧添加参数，然后点击“运行参数扫描”。</translation>
    </message>
    <message>
        <source>Open this case as a scenario</source>
        <translation>将此工况作为场景打开</translation>
    </message>
    <message>
        <source>A new scenario with the case&apos;s values as overrides (undo removes it)</source>
        <translation>以该工况的取值作为覆盖项创建新场景（可撤销删除）</translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation>保存结果…</translation>
    </message>
    <message>
        <source>The SQLite file `aif sweep --out` writes (docs/sweep.md)</source>
        <translation>即 `aif sweep --out` 写出的 SQLite 文件（docs/sweep.md）</translation>
    </message>
    <message>
        <source>Pick at least one objective.</source>
        <translation>请至少选择一个目标。</translation>
    </message>
    <message>
        <source>No temporary folder for the results: %1</source>
        <translation>无法为结果创建临时文件夹：%1</translation>
    </message>
    <message numerus="yes">
        <source>Solving %n case(s)…</source>
        <translation>
            <numerusform>正在求解 %n 个工况…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cases: %3 ok, %4 failed</source>
        <translation>%1/%2 个工况：%3 个成功，%4 个失败</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (已取消)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Sweep: %1</source>
        <translation>参数扫描：%1</translation>
    </message>
    <message>
        <source>Sweep case %1</source>
        <translation>扫描工况 %1</translation>
    </message>
    <message>
        <source>From a sweep: %1</source>
        <translation>来自参数扫描：%1</translation>
    </message>
    <message>
        <source>Cannot open case %1: %2</source>
        <translation>无法打开工况 %1：%2</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; made from case %2</source>
        <translation>已由工况 %2 创建场景“%1”</translation>
    </message>
    <message>
        <source>Open case %1 as a scenario</source>
        <translation>将工况 %1 作为场景打开</translation>
    </message>
    <message>
        <source>Save sweep results</source>
        <translation>保存参数扫描结果</translation>
    </message>
    <message>
        <source>SQLite (*.sqlite *.db)</source>
        <translation>SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Sweep results saved to %1</source>
        <translation>参数扫描结果已保存到 %1</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>横轴</translation>
    </message>
    <message>
        <source>up</source>
        <translation>纵轴</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>aif::SweepParetoChart</name>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto 前沿</translation>
    </message>
    <message>
        <source>run a sweep to see its cases</source>
        <translation>运行参数扫描以查看各算例</translation>
    </message>
    <message>
        <source>no solved case has both objectives</source>
        <translation>没有同时具有两个目标值的已求解算例</translation>
    </message>
    <message>
        <source>case</source>
        <translation>算例</translation>
    </message>
    <message>
        <source>non-dominated case</source>
        <translation>非支配算例</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>已选中</translation>
    </message>
    <message>
        <source>Pareto front: %1 vs %2</source>
        <translation>Pareto 前沿：%1 与 %2</translation>
    </message>
    <message>
        <source>%1 solved cases, %2 non-dominated</source>
        <translation>%1 个已求解算例，%2 个非支配</translation>
    </message>
    <message>
        <source>Case %1: %2, %3</source>
        <translation>算例 %1：%2，%3</translation>
    </message>
</context>
<context>
    <name>aif::SweepResultsModel</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>算例</translation>
    </message>
    <message>
        <source>Findings of the solve (warnings included)</source>
        <translation>求解发现的问题（含警告）</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>越限项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>aif::SweepTornadoChart</name>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>run a sweep to see which parameter matters most</source>
        <translation>运行参数扫描以查看哪个参数影响最大</translation>
    </message>
    <message>
        <source>no solved case has %1</source>
        <translation>没有包含 %1 的已求解算例</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>%1: %2 at %3, %4 at %5</source>
        <translation>%1：%3 时为 %2，%5 时为 %4</translation>
    </message>
    <message>
        <source>change from the base case&apos;s %1</source>
        <translation>相对基准算例 %1 的变化</translation>
    </message>
    <message>
        <source>Sensitivity of %1</source>
        <translation>%1 的敏感性</translation>
    </message>
    <message>
        <source>mean over the cases with each value (not every line was solved)</source>
        <translation>取各值所有算例的平均值（并非每条线都已求解）</translation>
    </message>
    <message>
        <source>each parameter across its values, the others at base; largest swing on top</source>
        <translation>每个参数遍历其取值，其余参数保持基准值；波动最大者位于顶部</translation>
    </message>
</context>
<context>
    <name>aif::TcoChart</name>
    <message>
        <source>Cost breakdown</source>
        <translation>成本构成</translation>
    </message>
    <message>
        <source>$/Mtok</source>
        <translation>$/Mtok</translation>
    </message>
    <message>
        <source>M USD/yr</source>
        <translation>M USD/年</translation>
    </message>
    <message>
        <source>capital: IT systems</source>
        <translation>资本：IT 系统</translation>
    </message>
    <message>
        <source>capital: network</source>
        <translation>资本：网络</translation>
    </message>
    <message>
        <source>capital: power chain</source>
        <translation>资本：供电链路</translation>
    </message>
    <message>
        <source>capital: cooling</source>
        <translation>资本：冷却</translation>
    </message>
    <message>
        <source>capital: shell, fit-out</source>
        <translation>资本：土建与装修</translation>
    </message>
    <message>
        <source>capital: installation</source>
        <translation>资本：安装</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>电能</translation>
    </message>
    <message>
        <source>demand charge</source>
        <translation>需量电费</translation>
    </message>
    <message>
        <source>water</source>
        <translation>用水</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>operating: %1</source>
        <translation>运营：%1</translation>
    </message>
    <message>
        <source>capital %1</source>
        <translation>资本 %1</translation>
    </message>
    <message>
        <source>operating %1</source>
        <translation>运营 %1</translation>
    </message>
    <message>
        <source>$ per million tokens</source>
        <translation>每百万 token 成本（$）</translation>
    </message>
    <message>
        <source>M USD per year</source>
        <translation>每年 M USD</translation>
    </message>
    <message>
        <source>Cost per million tokens: %1 $/Mtok</source>
        <translation>每百万 token 成本：%1 $/Mtok</translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation>年成本</translation>
    </message>
    <message>
        <source>capex %1 M USD, opex %2 M USD/yr</source>
        <translation>资本支出 %1 M USD，运营支出 %2 M USD/年</translation>
    </message>
    <message>
        <source>capex %1 M USD, opex %2 M USD/yr; no tokens served</source>
        <translation>资本支出 %1 M USD，运营支出 %2 M USD/年；无 token 输出</translation>
    </message>
    <message>
        <source>Unit prices are catalog assumptions: replace them with quotes (catalog category costs).</source>
        <translation>单价为设备目录假设值：请替换为实际报价（设备目录类别成本）。</translation>
    </message>
</context>
<context>
    <name>aif::Template</name>
    <message>
        <source>First AI factory</source>
        <translation>第一个 AI 工厂</translation>
    </message>
    <message>
        <source>Air-cooled HGX H100 racks on one UPS: the smallest AI factory, for learning</source>
        <translation>单台 UPS 供电的风冷 HGX H100 机柜：最小的 AI 工厂，用于学习</translation>
    </message>
    <message>
        <source>1 MW air-cooled H100 hall</source>
        <translation>1 MW 风冷 H100 机房</translation>
    </message>
    <message>
        <source>HGX H100 racks with CRAHs and hot-aisle containment, 2N UPS power, Ashburn VA</source>
        <translation>HGX H100 机柜配 CRAH 和热通道封闭，2N UPS 供电，弗吉尼亚州阿什本</translation>
    </message>
    <message>
        <source>10 MW GB200 NVL72 liquid hall</source>
        <translation>10 MW GB200 NVL72 液冷机房</translation>
    </message>
    <message>
        <source>NVL72 racks on CDUs and rear doors, 800 VDC power with 2N paths, Phoenix AZ</source>
        <translation>NVL72 机柜配 CDU 和背板换热器，800 VDC 供电，2N 路径，亚利桑那州凤凰城</translation>
    </message>
    <message>
        <source>100 MW campus (10 halls)</source>
        <translation>100 MW 园区（10 个机房）</translation>
    </message>
    <message>
        <source>Ten GB200 NVL72 halls with CDUs and fan walls, 800 VDC, 2N, free cooling in Luleå</source>
        <translation>十个 GB200 NVL72 机房配 CDU 和风墙，800 VDC，2N，吕勒奥自然冷却</translation>
    </message>
    <message>
        <source>Ascend CloudMatrix 384 supernode hall</source>
        <translation>昇腾 CloudMatrix 384 超节点机房</translation>
    </message>
    <message>
        <source>Huawei CloudMatrix 384 supernodes placed as whole units, CDUs and CRAHs, AC with N+1 UPS, Beijing</source>
        <translation>华为 CloudMatrix 384 超节点整体部署，CDU 和 CRAH，AC 供电配 N+1 UPS，北京</translation>
    </message>
    <message>
        <source>2 MW H200 hall with rear doors and 48 V</source>
        <translation>2 MW H200 机房，配背板换热器和 48 V 供电</translation>
    </message>
    <message>
        <source>HGX H200 racks with rear-door heat exchangers, 48 V busways and power shelves, 2N, Frankfurt</source>
        <translation>HGX H200 机柜配背板换热器，48 V 母线槽和电源架，2N，法兰克福</translation>
    </message>
</context>
<context>
    <name>aif::ThermalPanel</name>
    <message>
        <source>Hall</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>供温</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>回温</translation>
    </message>
    <message>
        <source>Max inlet</source>
        <translation>最高进风温度</translation>
    </message>
    <message>
        <source>Mean inlet</source>
        <translation>平均进风温度</translation>
    </message>
    <message>
        <source>Recirculation</source>
        <translation>回流</translation>
    </message>
    <message>
        <source>RCI HI</source>
        <translation>RCI HI</translation>
    </message>
    <message>
        <source>RCI LO</source>
        <translation>RCI LO</translation>
    </message>
    <message>
        <source>RTI</source>
        <translation>RTI</translation>
    </message>
    <message>
        <source>SHI</source>
        <translation>SHI</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>回路</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>热量</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Pressure drop</source>
        <translation>压降</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>泵</translation>
    </message>
    <message>
        <source>N+1</source>
        <translation>N+1</translation>
    </message>
    <message>
        <source>Air unit</source>
        <translation>空调机组</translation>
    </message>
    <message>
        <source>Return air</source>
        <translation>回风温度</translation>
    </message>
    <message>
        <source>No thermal results yet: &lt;b&gt;Analyze ▸ Solve&lt;/b&gt; (F5).</source>
        <translation>尚无热工结果：&lt;b&gt;分析 ▸ 求解&lt;/b&gt; (F5)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thermal (%1)&lt;/b&gt;%2 — heat %3: liquid %4, air %5 (balance %6 %). Max inlet &lt;b&gt;%7&lt;/b&gt;, mean %8, RCI&lt;sub&gt;HI&lt;/sub&gt; &lt;b&gt;%9 %&lt;/b&gt;, RTI %10 %, throttled racks &lt;b&gt;%11&lt;/b&gt;.</source>
        <translation>&lt;b&gt;热工（%1）&lt;/b&gt;%2 — 热量 %3：液冷 %4，风冷 %5（平衡 %6 %）。最高进风温度 &lt;b&gt;%7&lt;/b&gt;，平均 %8，RCI&lt;sub&gt;HI&lt;/sub&gt; &lt;b&gt;%9 %&lt;/b&gt;，RTI %10 %，降频机柜 &lt;b&gt;%11&lt;/b&gt;。</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#888&apos;&gt;(stale)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#888&apos;&gt;（已过期）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>aif::ThroughputPanel</name>
    <message>
        <source>New deployment</source>
        <translation>新建部署</translation>
    </message>
    <message>
        <source>On the racks selected on the floor plan, or on every GPU rack</source>
        <translation>部署到平面图上选中的机柜，或所有 GPU 机柜</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Duplicate deployment</source>
        <translation>创建部署副本</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show GPU pool</source>
        <translation>显示 GPU 资源池</translation>
    </message>
    <message>
        <source>Selects the deployment&apos;s racks on the floor plan and in the 3D view</source>
        <translation>在平面图和三维视图中选中该部署的机柜</translation>
    </message>
    <message>
        <source>No deployments: add one (an LLM served on a pool of racks) to see throughput.</source>
        <translation>没有部署：添加一个部署（在一组机柜上提供服务的 LLM）以查看吞吐量。</translation>
    </message>
    <message>
        <source>Select a deployment.</source>
        <translation>请选择一个部署。</translation>
    </message>
    <message>
        <source>No deployment to plot</source>
        <translation>没有可绘制的部署</translation>
    </message>
    <message>
        <source>Figures of the last solve, as in the table above.</source>
        <translation>上次求解的数值，与上表一致。</translation>
    </message>
    <message>
        <source>Live estimate at design conditions (no thermal coupling): Solve (F5) for the operating point.</source>
        <translation>设计工况下的实时估算（无热耦合）：求解 (F5) 以得到运行工作点。</translation>
    </message>
    <message>
        <source>Fit caveat: %1.</source>
        <translation>拟合提示：%1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Low confidence&lt;/b&gt; for %1: %2. Check these numbers against a benchmark.</source>
        <translation>&lt;b&gt;⚠ 置信度低&lt;/b&gt;（%1）：%2。请对照基准测试核对这些数值。</translation>
    </message>
    <message>
        <source>Cannot evaluate: %1</source>
        <translation>无法评估：%1</translation>
    </message>
    <message>
        <source>No Pareto curve: the deployment cannot be evaluated</source>
        <translation>无 Pareto 曲线：无法评估该部署</translation>
    </message>
    <message>
        <source>Training: bound by %1. The serving charts apply to offline, server and interactive modes.</source>
        <translation>训练：受 %1 限制。服务图表适用于离线、服务器和交互模式。</translation>
    </message>
    <message>
        <source>Training: no serving trade-off to plot</source>
        <translation>训练：没有可绘制的服务权衡曲线</translation>
    </message>
    <message>
        <source>No technique breakdown for this deployment.</source>
        <translation>此部署没有各项技术的贡献分解。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Throughput&lt;/b&gt; — no solve yet: &lt;b&gt;Analyze ▸ Solve&lt;/b&gt; (F5). The current deployment below is evaluated live.</source>
        <translation>&lt;b&gt;吞吐量&lt;/b&gt; — 尚未求解：&lt;b&gt;分析 ▸ 求解&lt;/b&gt; (F5)。下方当前部署为实时评估。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Throughput&lt;/b&gt;%1 — project %2 output tokens/s, %3 at the servers, %4 tokens/J. Below: the selected deployment, live as you edit.</source>
        <translation>&lt;b&gt;吞吐量&lt;/b&gt;%1 — 项目输出 %2 token/秒，服务器端 %3，%4 token/J。下方为所选部署，随编辑实时更新。</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#888&apos;&gt;(stale: edited since the last solve)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#888&apos;&gt;（已过期：上次求解后有编辑）&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>aif::TokensSlide</name>
    <message>
        <source>What it produces</source>
        <translation>产出</translation>
    </message>
    <message>
        <source>Output tokens at the operating point, each deployment at its own load; a deployment&apos;s tokens/J are at its servers, the facility&apos;s include cooling and losses</source>
        <translation>工作点下的输出 token，各部署按各自负载计；部署的 token/J 按其服务器计算，设施的 token/J 计入冷却和损耗</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>tokens/J</source>
        <translation>token/J</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>No deployments in this design.</source>
        <translation>此设计中没有部署。</translation>
    </message>
</context>
<context>
    <name>aif::TopologyDiagram</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 GPUs in %2 racks, %3 nodes of %4 GPUs · %5 tiers of %6 (radix %7 at %8G) · leaf %9 down / %10 up · bisection %11 Tb/s · up to %12 hops, %13 ns</source>
        <translation>%1 个 GPU，分布于 %2 个机柜，%3 个节点，每节点 %4 个 GPU · %5 层 %6（端口数 %7，%8G）· 叶交换机 %9 下行 / %10 上行 · 对分带宽 %11 Tb/s · 最多 %12 跳，%13 ns</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>%1 switches</source>
        <translation>%1 台交换机</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>脊</translation>
    </message>
    <message>
        <source>%1 switches in %2 pods</source>
        <translation>%1 台交换机，分布于 %2 个 pod</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>叶</translation>
    </message>
    <message>
        <source>%1 switches, %2 rails</source>
        <translation>%1 台交换机，%2 条轨道</translation>
    </message>
    <message>
        <source>Scalable units</source>
        <translation>可扩展单元</translation>
    </message>
    <message>
        <source>%1 × %2 nodes</source>
        <translation>%1 × %2 个节点</translation>
    </message>
    <message>
        <source>%1 cables × %2G ports</source>
        <translation>%1 根线缆 × %2G 端口</translation>
    </message>
    <message>
        <source> (each %1 × %2G links)</source>
        <translation> （每根 %1 × %2G 链路）</translation>
    </message>
    <message>
        <source>%1 × %2: %3 switch trays (%4 switch chips) each, %5 TB/s per GPU, %6 TB/s per domain, %7 kW each</source>
        <translation>%1 × %2：每个含 %3 个交换托盘（%4 颗交换芯片），每 GPU %5 TB/s，每域 %6 TB/s，每个 %7 kW</translation>
    </message>
    <message>
        <source>No scale-up domain in the catalog for these systems: GPUs of a node talk over the node&apos;s own links</source>
        <translation>设备目录中没有适用于这些系统的纵向扩展域：节点内 GPU 通过节点自身的链路通信</translation>
    </message>
    <message>
        <source>to %1: %2 × %3G %4 over %5 m, %6 Tb/s (%7 Gb/s per GPU), %8 transceivers, %9 fibre pairs, %10 kW, %11 µs</source>
        <translation>至 %1：%2 × %3G %4，距离 %5 m，%6 Tb/s（每 GPU %7 Gb/s），%8 个光模块，%9 对光纤，%10 kW，%11 µs</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>No scale-out domain in this design</source>
        <translation>本设计中没有横向扩展域</translation>
    </message>
    <message>
        <source>Planning the fabric…</source>
        <translation>正在规划网络架构…</translation>
    </message>
    <message>
        <source>SU %1</source>
        <translation>SU %1</translation>
    </message>
    <message>
        <source>Scale-across</source>
        <translation>跨域扩展</translation>
    </message>
    <message>
        <source>Scale-up</source>
        <translation>纵向扩展</translation>
    </message>
</context>
<context>
    <name>aif::TornadoChart</name>
    <message>
        <source>Sensitivity of $/Mtok</source>
        <translation>$/Mtok 敏感性</translation>
    </message>
    <message>
        <source>input −20 %</source>
        <translation>输入 −20 %</translation>
    </message>
    <message>
        <source>input +20 %</source>
        <translation>输入 +20 %</translation>
    </message>
    <message>
        <source>change from the base %1 $/Mtok</source>
        <translation>相对基准 %1 $/Mtok 的变化</translation>
    </message>
    <message>
        <source>each input at −20 % and +20 %, the others held; largest swing on top</source>
        <translation>每个输入分别取 −20 % 和 +20 %，其余保持不变；波动最大者在上</translation>
    </message>
    <message>
        <source>%1 with %2: %3 $/Mtok (%4%5)</source>
        <translation>%1 取 %2 时：%3 $/Mtok（%4%5）</translation>
    </message>
</context>
<context>
    <name>aif::View3DPanel</name>
    <message>
        <source>Fast model (last solve)</source>
        <translation>快速模型（上次求解）</translation>
    </message>
    <message>
        <source>OpenFOAM case</source>
        <translation>OpenFOAM 算例</translation>
    </message>
    <message>
        <source>Which air field the slice, isosurface and streamlines show: the fast model&apos;s (Solve air field) or a solved OpenFOAM case&apos;s (Open CFD case…)</source>
        <translation>切片、等值面和流线所显示的三维气流场：快速模型的（求解三维气流场）或已求解 OpenFOAM 算例的（打开 CFD 算例…）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>气流场</translation>
    </message>
    <message>
        <source>Open CFD case…</source>
        <translation>打开 CFD 算例…</translation>
    </message>
    <message>
        <source>Show a solved OpenFOAM case (aif cfd export, then aif cfd run): choose its directory, the one that holds aif-case.json</source>
        <translation>显示已求解的 OpenFOAM 算例（先 aif cfd export，再 aif cfd run）：选择其目录，即包含 aif-case.json 的目录</translation>
    </message>
    <message>
        <source>Compare racks…</source>
        <translation>比较机柜…</translation>
    </message>
    <message>
        <source>Each rack&apos;s inlet in the CFD and in the fast model, and the model&apos;s error</source>
        <translation>各机柜在 CFD 与快速模型中的进风温度，以及模型的误差</translation>
    </message>
    <message>
        <source>Open a solved OpenFOAM case (the directory with aif-case.json)</source>
        <translation>打开已求解的 OpenFOAM 算例（包含 aif-case.json 的目录）</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cannot show the CFD field</source>
        <translation>无法显示 CFD 场</translation>
    </message>
    <message>
        <source>Showing the CFD field: %1</source>
        <translation>正在显示 CFD 场：%1</translation>
    </message>
    <message>
        <source>OpenFOAM: %1</source>
        <translation>OpenFOAM：%1</translation>
    </message>
    <message>
        <source>Open CFD case… first</source>
        <translation>请先执行“打开 CFD 算例…”</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Plain (no metric)</source>
        <translation>纯色（无指标）</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>着色依据</translation>
    </message>
    <message>
        <source>Cooling, power, pipes, containment</source>
        <translation>冷却、供电、管路、通道封闭</translation>
    </message>
    <message>
        <source>Iso</source>
        <translation>等轴</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>俯视</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>前视</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>侧视</translation>
    </message>
    <message>
        <source>Camera: %1 view of the whole site (Iso also resets the view)</source>
        <translation>相机：整个站点的%1视图（等轴还会重置视图）</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Air field</source>
        <translation>三维气流场</translation>
    </message>
    <message>
        <source>Solve air field (Shift+F5)</source>
        <translation>求解三维气流场 (Shift+F5)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Horizontal (height)</source>
        <translation>水平（高度）</translation>
    </message>
    <message>
        <source>Vertical, across x</source>
        <translation>竖直，横跨 x</translation>
    </message>
    <message>
        <source>Vertical, across y</source>
        <translation>竖直，横跨 y</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Isosurface at</source>
        <translation>等值面取值</translation>
    </message>
    <message>
        <source>Airflow streamlines</source>
        <translation>气流流线</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Throttled, over an ASHRAE inlet limit, over power budget, fed from an overloaded stage or on a loop short of capacity. Click to select.</source>
        <translation>已降频、超出 ASHRAE 进风温度限值、超出功率预算、由过载的供电级供电，或所在回路容量不足。点击可选中。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Air field: %1; hall %2, %3 to %4.</source>
        <translation>三维气流场：%1；机房 %2，%3 至 %4。</translation>
    </message>
    <message>
        <source>Air field: fast model (thermal T1), from the last solve: %1 hall(s).</source>
        <translation>三维气流场：快速模型（热工 T1），来自上次求解：%1 个机房。</translation>
    </message>
    <message>
        <source>No air field yet: the default solve is tier T0 (no 3D field).</source>
        <translation>尚无三维气流场：默认求解为 T0 级（无三维场）。</translation>
    </message>
    <message>
        <source>at %1 high</source>
        <translation>高度 %1 处</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>Export the 3D view</source>
        <translation>导出三维视图</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>glTF 2.0 scene (.gltf)</source>
        <translation>glTF 2.0 场景 (.gltf)</translation>
    </message>
    <message>
        <source>VTK multiblock for ParaView (.vtm)</source>
        <translation>用于 ParaView 的 VTK 多块数据 (.vtm)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 racks, %2 other items, %3 bottlenecks</source>
        <translation>%1 个机柜，%2 个其他对象，%3 个瓶颈</translation>
    </message>
    <message>
        <source>None: every rack within its limits</source>
        <translation>无：所有机柜均在限值内</translation>
    </message>
    <message>
        <source>Solve (F5) to find bottlenecks</source>
        <translation>求解 (F5) 以查找瓶颈</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Trip (what-if)</source>
        <translation>跳闸（假设分析）</translation>
    </message>
</context>
<context>
    <name>aif::WaterfallChart</name>
    <message>
        <source>What each technique adds (output tokens/s per GPU)</source>
        <translation>各项技术的增益（每 GPU 输出 token/秒）</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>基准：%1</translation>
    </message>
    <message>
        <source>not feasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 tokens/s per GPU</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;每 GPU %3 token/s</translation>
    </message>
</context>
<context>
    <name>aif::WelcomePage</name>
    <message>
        <source>no catalog</source>
        <translation>无设备目录</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation>无法加载 %1</translation>
    </message>
    <message>
        <source>hall</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>halls</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>MW IT</source>
        <translation>MW IT</translation>
    </message>
    <message>
        <source>AI Factory Studio</source>
        <translation>AI Factory Studio</translation>
    </message>
    <message>
        <source>Design AI data centers: halls, cooling, power, network and the models on the GPUs.</source>
        <translation>设计 AI 数据中心：机房、冷却、供电、网络以及 GPU 上运行的模型。</translation>
    </message>
    <message>
        <source>New design…</source>
        <translation>新建设计…</translation>
    </message>
    <message>
        <source>Start a design from your site, load, GPU system and architecture</source>
        <translation>从站点、负载、GPU 系统和架构开始新设计</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open a design file (*.aifactory)</source>
        <translation>打开设计文件 (*.aifactory)</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Complete starting designs built for you by the design generator. Each opens as a new, untitled design.</source>
        <translation>由设计生成器为您构建的完整初始设计。每个模板都以新的未命名设计打开。</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Reference projects that ship with the studio. Each opens as an untitled copy, so the original stays as it is.</source>
        <translation>随软件附带的参考项目。每个示例都以未命名副本打开，原始项目保持不变。</translation>
    </message>
    <message>
        <source>not built</source>
        <translation>未生成</translation>
    </message>
    <message>
        <source>Guided tour for first-time users…</source>
        <translation>新用户引导教程…</translation>
    </message>
    <message>
        <source>Build a small AI factory in ten steps: racks, cooling, power, a model, tokens per joule and $/Mtok, each step with the physics behind it</source>
        <translation>用十个步骤搭建一个小型 AI 工厂：机柜、冷却、供电、模型、每焦耳 token 数和 $/Mtok，每一步都讲解背后的物理原理</translation>
    </message>
</context>
<context>
    <name>aif::WhyBreakdown</name>
    <message>
        <source>Not feasible: %1</source>
        <translation>不可行：%1</translation>
    </message>
    <message>
        <source>Bound by %1</source>
        <translation>受 %1 限制</translation>
    </message>
    <message>
        <source>; batch %1 of %2 possible, limited by %3</source>
        <translation>；批大小 %1，最大可行 %2，受 %3 限制</translation>
    </message>
    <message>
        <source>Time per output token, ms: %1</source>
        <translation>每输出 token 时间 (ms)：%1</translation>
    </message>
    <message>
        <source>  (TPOT limit %1)</source>
        <translation>  （TPOT 限值 %1）</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>访存</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>Memory per GPU (%1 GiB HBM)</source>
        <translation>每 GPU 显存（%1 GiB HBM）</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
</context>
<context>
    <name>aif::generator::Choice</name>
    <message>
        <source>room air units (CRAHs or fan walls) on chilled water, hot-aisle containment; air-cooled systems</source>
        <translation>冷冻水房间空调机组（CRAH 或风墙），热通道封闭；风冷系统</translation>
    </message>
    <message>
        <source>a rear-door heat exchanger on every rack (chilled water); liquid-cooled systems also get CDUs</source>
        <translation>每个机柜配背板换热器（冷冻水）；液冷系统另配 CDU</translation>
    </message>
    <message>
        <source>direct liquid cooling through CDUs, the rest of the heat by rear doors: no room air units</source>
        <translation>经 CDU 直接液冷，其余热量由背板换热器带走：无房间空调机组</translation>
    </message>
    <message>
        <source>direct liquid cooling through CDUs, the rest of the heat by room air units with containment</source>
        <translation>经 CDU 直接液冷，其余热量由房间空调机组配合通道封闭带走</translation>
    </message>
    <message>
        <source>transformers, double-conversion UPS and PDUs at the row ends</source>
        <translation>变压器、双变换 UPS，列端配 PDU</translation>
    </message>
    <message>
        <source>transformers, 800 VDC rectifiers with batteries, DC busways and rack power shelves</source>
        <translation>变压器、带电池的 800 VDC 整流器、直流母线槽和机柜电源架</translation>
    </message>
    <message>
        <source>transformers, switchgear, AC busways and 48 V rack power shelves with battery backup</source>
        <translation>变压器、开关柜、交流母线槽和带电池备份的 48 V 机柜电源架</translation>
    </message>
    <message>
        <source>one path, no spare units</source>
        <translation>单路供电，无备用单元</translation>
    </message>
    <message>
        <source>one path, one spare module or unit in every group</source>
        <translation>单路供电，每组一个备用模块或单元</translation>
    </message>
    <message>
        <source>two independent power paths each carrying the whole load; twice the cooling units</source>
        <translation>两路独立供电，每路承担全部负载；制冷单元加倍</translation>
    </message>
</context>
<context>
    <name>aif::power::ChainComparison</name>
    <message>
        <source>AC: transformer → double-conversion UPS → PDU → server PSU (80 PLUS Titanium)</source>
        <translation>AC：变压器 → 双变换 UPS → PDU → 服务器电源（80 PLUS 钛金）</translation>
    </message>
    <message>
        <source>800 VDC: transformer → rectifier → 800 VDC busway → DC-DC power shelf</source>
        <translation>800 VDC：变压器 → 整流器 → 800 VDC 母线槽 → DC-DC 电源架</translation>
    </message>
</context>
<context>
    <name>aif::throughput::Waterfall</name>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>static batches, prefill stalls decode, eager kernels, bf16, the deployment&apos;s layout (or the smallest TP leaving 25 % of HBM for KV)</source>
        <translation>静态批次，预填充阻塞解码，eager 内核，bf16，采用部署的并行布局（或为 KV 保留 25 % HBM 的最小 TP）</translation>
    </message>
    <message>
        <source>continuous batching</source>
        <translation>连续批处理</translation>
    </message>
    <message>
        <source>finished sequences are replaced every iteration</source>
        <translation>每次迭代替换已完成的序列</translation>
    </message>
    <message>
        <source>chunked prefill</source>
        <translation>分块预填充</translation>
    </message>
    <message>
        <source>prompt chunks ride along with decode under a token budget</source>
        <translation>在 token 预算内，提示词分块随解码一起执行</translation>
    </message>
    <message>
        <source>operator fusion + CUDA graphs</source>
        <translation>算子融合 + CUDA Graphs</translation>
    </message>
    <message>
        <source>fewer kernels and activation passes per layer</source>
        <translation>每层更少的内核和激活遍历</translation>
    </message>
    <message>
        <source>weights and KV cache in the deployment&apos;s precision</source>
        <translation>权重和 KV 缓存采用部署的精度</translation>
    </message>
    <message>
        <source>parallel layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <source>the deployment&apos;s (or the best) TP/PP/EP layout</source>
        <translation>部署的（或最优的）TP/PP/EP 布局</translation>
    </message>
    <message>
        <source>KV-cache hits</source>
        <translation>KV 缓存命中</translation>
    </message>
    <message>
        <source>prompt tokens found in the KV pool skip prefill</source>
        <translation>在 KV 池中命中的提示词 token 跳过预填充</translation>
    </message>
    <message>
        <source>PD disaggregation</source>
        <translation>PD 分离</translation>
    </message>
    <message>
        <source>separate prefill and decode pools, KV over the fabric</source>
        <translation>预填充池与解码池分离，KV 经网络传输</translation>
    </message>
</context>
</TS>
