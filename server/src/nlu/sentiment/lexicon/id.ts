import type { Lexicon } from './types.ts';

/** Indonesian (informal: "gak", "udah", "dana", "saldo"). */
export const id: Lexicon = {
  negative: ['bukan itu yang saya tanya', 'udahlah', 'sudahlah', 'rugi', 'copas', 'gak ada yang baca', 'gak masuk akal', 'tidak masuk akal', 'ada orang', 'ada yang bisa jawab', 'gak ada yang jawab', 'jelek', 'buruk', 'parah', 'payah', 'tidak berguna', 'gak berguna', 'ga guna', 'konyol', 'tidak bisa diterima', 'kecewa',
    'malu', 'capek', 'cape', 'bosan', 'tidak ada yang', 'gak ada yang', 'ga ada yang', 'tidak dibalas', 'gak dibales', 'error terus',
    'tidak jalan', 'gak jalan', 'kesal', 'kesel', 'sebel', 'diblokir', 'lelet', 'lambat banget', 'dicuekin'],
  anger: ['penipu*', 'penipuan', 'tipu', 'maling', 'mencuri', 'dicuri', 'rampok', 'anjing', 'anjir', 'bangsat', 'goblok', 'bego',
    'tolol', 'tidak kompeten', 'marah', 'emosi', 'cukup sudah', 'bohong', 'pembohong', 'orang asli', 'manusia', 'cs asli', 'tutup akun', 'wtf'],
  anxiety: ['gak pernah saya', 'tidak pernah saya', 'khawatir', 'takut', 'panik', 'tolongin', 'tolong banget', 'putus asa', 'tabungan', 'gelisah', 'ga bisa tidur',
    'harus gimana', 'gimana ini', 'diretas', 'dihack', 'bukan saya', 'semua uang', 'cemas'],
  urgency: ['segera', 'sekarang juga', 'cepat', 'cepetan', 'buruan', 'mendesak', 'darurat', 'asap'],
  money: ['dividen', 'dilikuidasi', 'likuidasi', 'ditutup paksa', 'posisi', 'penarikan', 'tarik dana', 'withdraw', 'wd', 'deposit', 'setoran', 'uang', 'duit', 'dana', 'saldo', 'transfer', 'rupiah',
    'rp', 'saham', 'profit', 'tabungan'],
  missing: ['dibekukan', 'nyangkut', 'gak bisa tarik', 'tidak bisa tarik', 'gak ada di akun', 'tidak ada di akun', 'kurang', 'belum cair', 'tanpa pemberitahuan', 'tanpa pemberitahuan', 'tanpa peringatan', 'tanpa info', 'belum masuk', 'belum sampai', 'belum diterima', 'tidak masuk', 'gak masuk', 'ga masuk', 'hilang', 'lenyap', 'raib',
    'masih belum', 'belum juga', 'tidak muncul', 'jadi nol', 'kosong'],
  moneyGone: ['uang saya kemana', 'uang saya hilang', 'dana saya hilang', 'saldo hilang', 'saldo jadi nol', 'dilikuidasi tanpa',
    'tanpa pemberitahuan', 'posisi ditutup tanpa', 'akun kosong', 'uang saya dicuri', 'wd belum masuk', 'penarikan belum masuk'],
  praise: ['manis sekali', 'luar biasa', 'hebat', 'mantap', 'keren', 'bagus sekali', 'bagus banget', 'sempurna', 'mengesankan', 'top', 'salut',
    'selamat', 'terima kasih banyak', 'makasih banyak'],
  repeat: ['kelima kalinya', 'seperti biasa', 'kayak biasa', 'lagi', 'lagi-lagi', 'masih', 'kembali', 'ketiga kalinya', 'keempat kalinya', 'kelima kalinya', 'yang ketiga', 'yang keempat',
    'setiap kali', 'berapa kali', 'dokumen yang sama', 'pertanyaan yang sama', 'sudah kirim', 'udah kirim', 'sudah bilang', 'udah bilang'],
  sarcasm: ['makasih ya tidak membantu', 'terima kasih atas ketidakbantuannya', 'hebat sekali ya', 'mantap sekali pelayanannya',
    'pelayanan terbaik', 'luar biasa pelayanannya', 'keren banget ya', 'salut deh'],
  complain: ['adukan', 'adu*', 'lapor', 'laporkan', 'melaporkan', 'mengadu', 'pengaduan', 'komplain', 'viralkan', 'viral', 'sosmed', 'media', 'regulator'],
  legal: ['pengacara', 'gugat', 'menggugat', 'gugatan', 'somasi', 'pengadilan', 'jalur hukum', 'polisi', 'ylki', 'bpsk'],
  failure: ['gak ke-trigger', 'tidak tereksekusi', 'dikunci', 'dua kali', 'gak bisa', 'ga bisa', 'tidak bisa', 'ditolak', 'error', 'gagal', 'gak jalan', 'gak muncul', 'hang'],
  positive: ['terima kasih', 'makasih', 'thanks', 'ok', 'oke', 'sip', 'siap', 'paham', 'mengerti', 'sudah bisa', 'udah bisa', 'mantap'],
};
