import type { Lexicon } from './types.ts';

/** Vietnamese; folded without tones so "tien dau" and "tiền đâu" match alike. */
export const vi: Lexicon = {
  negative: ['khong phai dieu toi hoi', 'thoi khoi', 'thoi bo di', 'mat tien', 'copy paste', 'khong ai doc', 'het noi noi', 'vo ly', 'co ai khong', 'co ai ko', 'qua te', 'to te', 'vo dung', 'vo ly', 'khong chap nhan', 'that vong', 'buc minh', 'chan qua', 'met moi',
    'khong ai', 'khong tra loi', 'khong hoat dong', 'loi hoai', 'tệ hại', 'te hai', 'xau', 'nhu cai', 'bi khoa', 'lam an kieu gi',
    'kieu gi vay', 'coi thuong'],
  anger: ['lua dao', 'lừa đảo', 'an cap', 'an cuop', 'cuop', 'dm', 'dmm', 'vcl', 'vl', 'ngu the', 'ngu vay', 'bat tai', 'tuc gian', 'du roi',
    'qua dang', 'noi doi', 'bip bom', 'nguoi that', 'nhan vien', 'gap nguoi', 'dong tai khoan', 'cai gi vay'],
  anxiety: ['khong he dat', 'khong dat', 'lo lang', 'lo qua', 'hoang', 'giup toi', 'giup em', 'giup voi', 'cuu', 'tuyet vong', 'tien tiet kiem', 'mat ngu',
    'phai lam sao', 'lam sao bay gio', 'bi hack', 'khong phai toi', 'toan bo tien', 'het tien', 'cang thang'],
  urgency: ['rat gap', 'gap lam', 'can gap', 'khan cap', 'ngay lap tuc', 'ngay bay gio', 'nhanh len', 'hom nay', 'asap'],
  money: ['co tuc', 'thanh ly', 'ban thao', 'danh muc', 'rut tien', 'rut', 'nap tien', 'nap', 'tien', 'so du', 'chuyen khoan', 'vnd', 'dong', 'trieu', 'co phieu', 'loi nhuan'],
  missing: ['dong bang', 'ket', 'khong rut duoc', 'khong thay', 'thieu tien', 'bi thieu', 'con thieu', 'chua tra', 'khong bao truoc', 'khong thong bao', 'khong canh bao', 'chua ve', 'chua nhan', 'khong nhan duoc', 'chua thay', 'bien mat', 'mat het', 'dau roi', 'van chua',
    'chua vao', 've 0', 'bang 0', 'khong thay'],
  moneyGone: ['tien dau', 'tien cua toi dau', 'tien toi dau', 'tien bien mat', 'mat tien', 'mat het tien', 'thanh ly khong bao',
    'ban thao khong bao', 'tu dong thanh ly', 'tai khoan ve 0', 'so du bang 0', 'rut tien chua ve', 'cuop tien'],
  praise: ['de thuong', 'tuyet voi', 'tuyet', 'xuat sac', 'hoan hao', 'gioi qua', 'an tuong', 'qua dinh', 'dinh', 'hay qua', 'cam on nhieu',
    'chuyen nghiep', 'tot qua'],
  repeat: ['lan thu nam', 'nhu moi khi', 'lai', 'nua', 'van', 'lan thu ba', 'lan thu 3', 'lan thu tu', 'lan thu 4', 'lan thu nam', 'moi lan', 'bao nhieu lan',
    'cung giay to', 'cung cau hoi', 'da gui roi', 'da noi roi', 'hoai'],
  sarcasm: ['cam on vi chang giup gi', 'gioi that', 'dich vu tuyet voi', 'dich vu qua tot', 'qua tuyet',
    'phuc that', 'that la dinh'],
  complain: ['khieu nai', 'khieu nai', 'to cao', 'bao cao', 'phan anh', 'trinh bao', 'gui don', 'len bao', 'len mang', 'co quan'],
  legal: ['kien', 'luat su', 'toa an', 'phap luat', 'phap ly', 'khoi kien', 'cong an'],
  failure: ['khong khop', 'khoa tai khoan', 'bi khoa', 'hai lan', 'khong dang nhap duoc', 'khong duoc', 'bi tu choi', 'tu choi', 'loi', 'khong chay', 'khong load', 'bi treo', 'khong bam duoc'],
  positive: ['cam on', 'ok', 'oke', 'duoc roi', 'hieu roi', 'tot', 'tuyet', 'da xong', 'on roi', 'vang', 'da'],
};
