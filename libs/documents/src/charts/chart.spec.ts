import { axisLabel, chartSvg, loadCharts, unbroken } from './chart';

describe('printed charts', () => {
  beforeAll(loadCharts);

  it('shortens a long axis label in the middle, at word boundaries, so names that share a beginning stay apart', () => {
    expect(axisLabel('Time banks', 40)).toBe('Time banks');
    expect(axisLabel('Nurse home visits for first-time parents, Scottish programme', 40)).toBe('Nurse home visits … Scottish programme');
    expect(axisLabel('Self-managing patients at a gastroenterology clinic (Eksjö, Sweden)', 40)).toBe('Self-managing … (Eksjö, Sweden)');
    // No space to cut at: cut inside the word.
    expect(axisLabel('a'.repeat(50), 11)).toBe('aaaaa … aaaaa');
  });

  it('keeps a ratio on one line', () => {
    expect(unbroken('3 : 1 to 5 : 1')).toBe('3\u00a0:\u00a01 to 5\u00a0:\u00a01');
  });

  it('draws an option to an SVG string on the server, with no script in it', () => {
    const svg = chartSvg(200, 100, {
      xAxis: { type: 'category', data: ['a', 'b'] },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: [1, 2] }],
    });
    expect(svg).toMatch(/^<svg[^>]* width="200" height="100"/);
    expect(svg).not.toContain('<script');
  });
});
