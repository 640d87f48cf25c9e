import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Chart, drawnOption } from './Chart';

describe('Chart', () => {
  it('draws tooltips inside the SVG (an HTML tooltip carries inline styles the CSP refuses), without animation or ECharts’ own aria', () => {
    expect(drawnOption({ tooltip: { trigger: 'axis' }, series: [] })).toMatchObject({
      animation: false,
      aria: { enabled: false },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
    });
    expect(drawnOption({ tooltip: [{ trigger: 'item' }] }).tooltip).toEqual([{ trigger: 'item', renderMode: 'richText' }]);
    expect(drawnOption({ series: [] })).not.toHaveProperty('tooltip');
    // A caller may not turn ECharts' aria back on: the figure's summary and table are the text alternative.
    expect(drawnOption({ aria: { enabled: true } }).aria).toEqual({ enabled: false });
  });

  it('is a figure named by its title, described by its summary, with the drawing hidden and the figures as a table', () => {
    render(
      <Chart
        title="Initiatives by area"
        summary="Housing has the most."
        option={{ series: [] }}
        table={<table aria-label="The figures" />}
      />,
    );
    const figure = screen.getByRole('figure', { name: 'Initiatives by area' });
    expect(figure).toHaveAccessibleDescription('Housing has the most.');
    expect(figure.querySelector('.chart__canvas')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('Show the figures as a table')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'The figures', hidden: true })).toBeInTheDocument();
  });
});
