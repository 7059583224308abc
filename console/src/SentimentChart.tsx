/** The customer's mood across the conversation (−1 … 1), as a small inline SVG line. */
export function SentimentChart({ values }: { values: readonly number[] }) {
  const width = 160;
  const height = 40;
  if (values.length === 0) return <span class="muted">no sentiment yet</span>;
  const x = (i: number) => (values.length === 1 ? width / 2 : (i / (values.length - 1)) * width);
  const y = (v: number) => ((1 - v) / 2) * height;
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values.at(-1)!;
  return (
    <svg class="sentiment" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Sentiment trajectory, latest ${last.toFixed(2)}`}>
      <line x1="0" x2={width} y1={height / 2} y2={height / 2} class="axis" />
      <polyline points={points} fill="none" class={last < -0.3 ? 'line negative' : 'line'} />
      {values.map((v, i) => (
        <circle cx={x(i)} cy={y(v)} r="2" />
      ))}
    </svg>
  );
}
