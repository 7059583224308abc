/**
 * A small multilingual intent set for tests: English, Thai, Japanese and
 * Chinese (the last three written without spaces between words).
 */
import type { IntentExample } from './types.ts';

const RAW: Record<string, string[]> = {
  withdraw_money: [
    'how do i withdraw money', 'i want to take my money out', 'withdraw funds to my bank', 'cash out my balance',
    'transfer money from my account to my bank', 'how long does a withdrawal take', 'withdraw my profits',
    'ถอนเงินอย่างไร', 'ฉันต้องการถอนเงิน', 'ถอนเงินเข้าบัญชีธนาคาร',
    '出金したいです', '出金の方法を教えて', '口座から出金する',
    '我想提现', '怎么提现到银行卡', '提现需要多久',
  ],
  open_account: [
    'how do i open an account', 'i want to sign up', 'create a new trading account', 'register a new account',
    'open a brokerage account', 'can i open an account online', 'start an account with you',
    'เปิดบัญชีอย่างไร', 'ฉันต้องการเปิดบัญชีใหม่', 'สมัครเปิดบัญชีออนไลน์',
    '口座を開設したいです', '新しい口座を作りたい', '口座開設の方法',
    '我想开户', '怎么开一个新账户', '在线开户',
  ],
  reset_password: [
    'i forgot my password', 'reset my password', 'cannot log in password wrong', 'change my login password',
    'password reset link not working', 'how to recover my password', 'locked out need new password',
    'ลืมรหัสผ่าน', 'รีเซ็ตรหัสผ่าน', 'เปลี่ยนรหัสผ่านเข้าสู่ระบบ',
    'パスワードを忘れました', 'パスワードをリセットしたい', 'パスワードを変更する',
    '我忘记密码了', '重置密码', '怎么修改登录密码',
  ],
  talk_to_human: [
    'let me talk to a person', 'i want a human agent', 'connect me to support staff', 'speak to a real person',
    'can i talk to someone', 'get me a human please', 'transfer me to an agent',
    'ขอคุยกับเจ้าหน้าที่', 'ต้องการคุยกับพนักงาน', 'ติดต่อเจ้าหน้าที่',
    '担当者と話したい', 'オペレーターにつないで', '人と話したいです',
    '我要人工客服', '转人工', '我想和客服人员说话',
  ],
};

/** Labelled examples of four intents in four languages. */
export const SYNTHETIC_INTENTS: IntentExample[] = Object.entries(RAW).flatMap(([intent, texts]) => texts.map((text) => ({ text, intent })));
