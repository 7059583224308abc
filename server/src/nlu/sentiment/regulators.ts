/**
 * Financial regulators, ombudsmen and consumer bodies customers threaten to go to.
 * A name alone is not a threat ("are you regulated by the FCA?"), so callers combine
 * a mention with a complaint verb or with negativity.
 */
import { compileTerms, foldText } from './normalize.ts';

// Upper-case acronyms, matched case-sensitively so "wait a sec" or Spanish "mas" stay innocent.
const ACRONYMS = [
  'FINRA', 'SEC', 'CFTC', 'NFA', 'CFPB', 'FCA', 'FOS', 'PRA', 'BaFin', 'BAFIN', 'SEBI', 'RBI', 'NSE', 'BSE', 'CVM', 'BACEN', 'OJK',
  'BAPPEBTI', 'Bappebti', 'ASIC', 'AFCA', 'AMF', 'ACPR', 'CNMV', 'CONSOB', 'MAS', 'SFC', 'CySEC', 'CYSEC', 'FINMA', 'ESMA', 'FSA',
  'JFSA', 'FSC', 'FSS', 'CSRC', 'SCA', 'DFSA', 'CMA', 'FSCA', 'FMA', 'CIRO', 'IIROC', 'OSC', 'SSC', 'UBCKNN', 'KNF', 'AFM', 'FSMA',
  'CNBV', 'SMV', 'SIPC', 'FINMAC',
];

// Written-out names and local-script forms, matched on folded text.
const NAMES = [
  'financial conduct authority', 'securities and exchange commission', 'financial ombudsman', 'ombudsman service',
  'consumer financial protection', 'attorney general', 'federal trade commission',
  '金融庁', '証券取引等監視委員会', '金融庁に', '금감원', '금융감독원', '금융위', '금융위원회', '证监会', '證監會', '证券监督管理委员会',
  '金管会', '金管會', '金融消費評議中心', '银保监', '金融监管', '香港證監會', '證券及期貨事務監察委員會',
  'ก.ล.ต', 'กลต', 'สำนักงานคณะกรรมการกำกับหลักทรัพย์', 'ธนาคารแห่งประเทศไทย', 'แบงก์ชาติ',
  'هيئة السوق المالية', 'هيئة الأوراق المالية', 'هيئة سوق المال', 'لبنك المركزي', 'الرقابة المالية', 'سلطة دبي للخدمات المالية',
  'सेबी', 'आरबीआई', 'sebi', 'otoritas jasa keuangan', 'ojk', 'bappebti', 'uy ban chung khoan', 'ubck', 'ubcknn', 'thanh tra',
  'comissao de valores', 'banco central', 'reclame aqui', 'procon', 'consumidor.gov', 'comision nacional del mercado de valores',
  'cnmv', 'condusef', 'autorite des marches', 'amf', 'acpr', 'bafin', 'finanzaufsicht', 'finra', 'consob', 'cvm', 'asic', 'fca',
];

// ASCII edges only: Japanese and Chinese glue particles straight onto the name ("FINMACに").
const acronymPattern = new RegExp(`(?<![A-Za-z0-9])(?:${ACRONYMS.join('|')})(?![A-Za-z0-9])`);
const namePattern = compileTerms(NAMES);

/** Whether the text names a regulator or consumer-protection body. */
export function mentionsRegulator(text: string, folded = foldText(text)): boolean {
  if (acronymPattern.test(text.normalize('NFKC'))) return true;
  if (!namePattern) return false;
  namePattern.lastIndex = 0;
  return namePattern.test(folded);
}

// Question marks in three scripts, or question particles that often replace them in chat.
const QUESTION =
  /[?？؟]|(?:吗|嗎|ですか|ますか|나요|까요|(?:ไหม|มั้ย|มั๊ย)(?:ครับ|คะ|ค่ะ|คับ)?|apakah|\bkya\b|\b(?:khong|ko)(?: a)?)\s*$/u;

/** Whether a message reads as a question ("are you regulated by the FCA?") rather than a statement. */
export function looksLikeQuestion(folded: string): boolean {
  return QUESTION.test(folded.trim());
}
