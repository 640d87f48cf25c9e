import { isCommonPassword } from './common-passwords';

describe('isCommonPassword', () => {
  it('finds listed passwords whatever their case, and listed words with digits or symbols added', () => {
    for (const weak of ['qwertyuiop', 'QwertyUiop', 'password123', 'Manchester2024!', 'dragon_1234'])
      expect([weak, isCommonPassword(weak)]).toEqual([weak, true]);
  });

  it('lets through passphrases and passwords not on the list', () => {
    for (const fine of ['correct horse battery', 'kettle orbit marigold', 'abc1234567', 'Tr7!vq#Lp2x'])
      expect([fine, isCommonPassword(fine)]).toEqual([fine, false]);
  });
});
