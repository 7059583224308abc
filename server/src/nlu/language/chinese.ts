// Simplified/Traditional pairs for characters common in chat and brokerage talk. Each pair is
// "simplified traditional"; characters written the same way in both scripts are left out because
// they carry no signal. A message is classified by which half of the list it uses more.
const PAIRS =
  '这這 个個 们們 来來 说說 为為 时時 会會 国國 对對 发發 过過 还還 没沒 问問 题題 钱錢 户戶 账賬 帐帳 号號 码碼 ' +
  '录錄 验驗 证證 认認 请請 谢謝 么麼 样樣 现現 实實 买買 卖賣 单單 订訂 费費 转轉 银銀 汇匯 额額 资資 产產 ' +
  '价價 涨漲 仓倉 盘盤 开開 关關 闭閉 务務 员員 总總 经經 纪紀 险險 财財 税稅 报報 图圖 载載 软軟 网網 络絡 ' +
  '线線 邮郵 电電 话話 机機 设設 护護 从從 吗嗎 让讓 给給 帮幫 办辦 应應 该該 后後 将將 动動 态態 种種 类類 ' +
  '简簡 体體 进進 选選 择擇 项項 亏虧 损損 杠槓 权權 优優 难難 错錯 误誤 显顯 无無 与與 两兩 东東 车車 书書 ' +
  '长長 门門 间間 见見 觉覺 观觀 视視 读讀 写寫 学學 习習 听聽 语語 识識 试試 谁誰 调調 谈談 论論 议議 讲講 ' +
  '许許 记記 计計 诉訴 详詳 细細 级級 结結 约約 红紅 纽紐 终終 绍紹 统統 绩績 续續 维維 紧緊 继繼 处處 币幣 ' +
  '师師 带帶 广廣 张張 强強 归歸 当當 断斷 旧舊 杀殺 条條 极極 构構 标標 档檔 检檢 楼樓 欢歡 岁歲 历歷 毕畢 ' +
  '气氣 汉漢 测測 济濟 满滿 灭滅 点點 烦煩 热熱 爱愛 独獨 画畫 疗療 盖蓋 监監 确確 础礎 礼禮 积積 称稱 稳穩 ' +
  '笔筆 签簽 纯純 纸紙 纳納 练練 组組 织織 绑綁 绝絕 综綜 缓緩 编編 缩縮 罗羅 职職 联聯 胜勝 脑腦 节節 范範 ' +
  '药藥 获獲 营營 虑慮 虽雖 补補 装裝 览覽 规規 访訪 评評 词詞 译譯 诚誠 询詢 课課 贝貝 负負 责責 败敗 货貨 ' +
  '质質 购購 贷貸 贴貼 贵貴 贸貿 赔賠 赚賺 赠贈 跃躍 轮輪 轻輕 较較 输輸 边邊 达達 运運 远遠 连連 迟遲 适適 ' +
  '递遞 钟鐘 钥鑰 铁鐵 销銷 锁鎖 键鍵 闪閃 闲閒 阅閱 队隊 阶階 际際 随隨 隐隱 须須 顺順 预預 领領 频頻 额額 ' +
  '风風 飞飛 饭飯 马馬 骗騙 页頁 顾顧 严嚴 丢丟 乐樂 乱亂 亿億 仅僅 众眾 传傳 侧側 储儲 兑兌 兴興 养養 冲衝 ' +
  '决決 况況 冻凍 净淨 减減 击擊 划劃 则則 刚剛 创創 删刪 别別 剧劇 励勵 劳勞 势勢 区區 医醫 华華 协協 却卻 ' +
  '厅廳 压壓 参參 双雙 变變 启啟 响響 团團 园園 围圍 圆圓 场場 坏壞 块塊 坚堅 备備 头頭 夺奪 妈媽 孙孫 宁寧 ' +
  '宝寶 审審 寻尋 导導 层層 属屬 岛島 库庫 废廢 异異 弃棄 忆憶 忧憂 怀懷 恼惱 惊驚 惯慣 愿願 战戰 执執 扩擴 ' +
  '扫掃 抢搶 拥擁 挂掛 挡擋 换換 据據 携攜 摄攝 敌敵 数數 晓曉 暂暫 术術 杂雜 树樹 桥橋 梦夢 欧歐 残殘 污汙 ' +
  '沟溝 泽澤 洁潔 浅淺 涌湧 润潤 渐漸 温溫 湾灣 湿濕 滚滾 灵靈 灾災 烂爛 状狀 犹猶 环環 畅暢 盐鹽 矿礦 码碼 ' +
  '祸禍 离離 穷窮 窃竊 竞競 筹籌 纠糾 纷紛 纲綱 绕繞 绘繪 绿綠 缘緣 缴繳 罚罰 肤膚 胆膽 脏髒 脚腳 脱脫 艺藝 ' +
  '苏蘇 荐薦 荣榮 蓝藍 虚虛 虫蟲 衬襯 袭襲 触觸 誉譽 闻聞 聪聰 丰豐 仪儀 伤傷 侣侶 偿償 冲沖 净凈 凭憑 咨諮 ' +
  '哑啞 唤喚 块塊 奖獎 奋奮 妇婦 娱娛 寿壽 尽盡 岗崗 帅帥 庆慶 庄莊 忏懺 恢恢 恶惡 悬懸 惨慘 愤憤 扰擾 ' +
  '抚撫 拨撥 担擔 拟擬 择擇 挤擠 挥揮 捡撿 损損 摆擺 撑撐 敛斂 时時 晒曬 枪槍 栏欄 毁毀 汤湯 沪滬 泪淚 浓濃 ' +
  '涛濤 渊淵 炉爐 烟煙 猎獵 献獻 琐瑣 疯瘋 盏盞 睁睜 砖磚 硕碩 禅禪 窍竅 竖豎 纬緯 绳繩 缝縫 罢罷 肃肅 胁脅 ' +
  '脉脈 舰艦 芦蘆 茎莖 莱萊 萨薩 蚁蟻 衅釁 袜襪 谋謀 谎謊 谓謂 谣謠 谨謹 谱譜 豪豪 贫貧 贯貫 贺賀 赏賞 赖賴 ' +
  '赶趕 趋趨 踪蹤 辆輛 辈輩 辞辭 辩辯 逊遜 遗遺 邻鄰 郑鄭 酱醬 释釋 针針 钓釣 钢鋼 钻鑽 铃鈴 铺鋪 链鏈 锅鍋 ' +
  '锋鋒 锐銳 镜鏡 闯闖 闹鬧 阳陽 阴陰 阵陣 陆陸 陈陳 陕陝 隶隸 难難 雾霧 静靜 韩韓 频頻 题題 颜顏 饮飲 饱飽 ' +
  '馆館 驶駛 驾駕 验驗 鲜鮮 鸡雞 黄黃 齐齊 齿齒 龄齡 确確 乔喬 从從 仑崙 们們 体體 余餘 债債 倾傾 伪偽 ' +
  '储儲 兰蘭 关關 册冊 写寫 军軍 农農 冯馮 况況 凤鳳 刘劉 则則 刹剎 剂劑 剑劍 办辦 动動 势勢 勋勳 单單 ' +
  '卢盧 卫衛 厂廠 厌厭 县縣 叙敘 吓嚇 员員 呜嗚 咏詠 哗嘩 啸嘯 团團 坛壇 垫墊 执執 壳殼 处處 复復 夸誇 奥奧 ' +
  '妆妝 娇嬌 学學 宪憲 宫宮 对對 尔爾 尘塵 尝嘗 岁歲 币幣 帜幟 庙廟 录錄 彻徹 径徑 怜憐 恋戀 恳懇 ' +
  '悦悅 惧懼 惩懲 戏戲 扑撲 扬揚 护護 报報 拦攔 挚摯 捣搗 掷擲 揽攬 搅攪 摊攤 斋齋 昼晝 显顯 晕暈 机機 杨楊 ' +
  '横橫 气氣 汹洶 泼潑 洒灑 测測 浏瀏 渔漁 滞滯 滤濾 滥濫 滨濱 灯燈 炼煉 烛燭 焕煥 爷爺 牵牽 牺犧 狭狹 狮獅 ' +
  '猪豬 猫貓 琼瓊 电電 疗療 瘾癮 监監 矫矯 碍礙 祷禱 秃禿 秋秋 稣穌 笋筍 类類 粪糞 纤纖 纵縱 纹紋 绒絨 ' +
  '绢絹 绵綿 羡羨 翘翹 耻恥 肿腫 胀脹 腊臘 舆輿 苹蘋 蛮蠻 补補 觉覺 誊謄 订訂 讨討 让讓 训訓 讯訊 记記 讲講 ' +
  '讳諱 讶訝 讽諷 设設 访訪 证證 诈詐 诊診 诗詩 诞誕 询詢 该該 误誤 诱誘 说說 请請 诸諸 诺諾 读讀 课課 谁誰 ' +
  '谅諒 谈談 谊誼 谋謀 谜謎 谢謝 谦謙 账賬 购購 赛賽 赞贊 赵趙 蹿躥 轨軌 轰轟 辅輔 辑輯 辖轄 这這 远遠 违違 ' +
  '迁遷 过過 运運 还還 进進 连連 迹跡 适適 选選 逻邏 邓鄧 郁鬱 酝醞 醉醉 钉釘 钞鈔 钩鉤 钱錢 钳鉗 铜銅 银銀 ' +
  '锈鏽 锦錦 锻鍛 镇鎮 长長 门門 闭閉 问問 闯闖 闸閘 间間 阁閣 阔闊 阻阻 陷陷 隐隱 难難 雏雛 鸭鴨 麦麥 龟龜';

const SIMPLIFIED = new Set<string>();
const TRADITIONAL = new Set<string>();
for (const pair of PAIRS.split(' ')) {
  const [simplified, traditional] = [...pair];
  if (!simplified || !traditional || simplified === traditional) continue;
  SIMPLIFIED.add(simplified);
  TRADITIONAL.add(traditional);
}
// A character written identically in one pair and differently in another is no evidence either way.
for (const char of [...SIMPLIFIED]) {
  if (TRADITIONAL.has(char)) {
    SIMPLIFIED.delete(char);
    TRADITIONAL.delete(char);
  }
}

/** How many characters of the text belong only to Simplified or only to Traditional writing. */
export function chineseScriptEvidence(text: string): { simplified: number; traditional: number } {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (SIMPLIFIED.has(char)) simplified++;
    else if (TRADITIONAL.has(char)) traditional++;
  }
  return { simplified, traditional };
}
