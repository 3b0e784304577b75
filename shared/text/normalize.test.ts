import { describe, expect, it } from 'vitest';
import { searchKey, searchTokens } from './normalize';

describe('searchKey', () => {
  it.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['ĐĂNG KÝ KHAI SINH', 'dang ky khai sinh'],
    ['  Trần   Thị\tHồng\nNhung ', 'tran thi hong nhung'],
    ['Phường Hoàn Kiếm, Hà Nội', 'phuong hoan kiem ha noi'],
    ['Cấp đổi thẻ Căn cước (CCCD)', 'cap doi the can cuoc cccd'],
    ['Lê Thị Thuỷ / Thủy', 'le thi thuy thuy'],
    ['Số 12/34 ngõ 5', 'so 12 34 ngo 5'],
  ])('%j → %j', (text, key) => expect(searchKey(text)).toBe(key));

  it('gives NFC and NFD input the same key', () => {
    const nfc = 'Nguyễn Thị Ánh Tuyết'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(searchKey(nfd)).toBe(searchKey(nfc));
  });

  it('tokens of blank text are none', () => {
    expect(searchTokens('  , ')).toEqual([]);
    expect(searchTokens('Đỗ Mạnh Hùng')).toEqual(['do', 'manh', 'hung']);
  });
});
