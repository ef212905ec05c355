/**
 * A schematic location map drawn inline, so it works offline and loads nothing from
 * third parties. Not to scale.
 */
export function ContactMap() {
  return (
    <figure className="mt-6">
      <svg
        viewBox="0 0 600 360"
        role="img"
        aria-labelledby="map-title map-desc"
        className="h-auto w-full max-w-2xl rounded border border-line bg-[#f3f1ea]"
      >
        <title id="map-title">昌吉回族自治州人民政府位置示意图</title>
        <desc id="map-desc">
          州人民政府位于昌吉市延安北路东侧，北邻建国西路，南邻长宁路，西侧为世纪公园。
        </desc>
        <rect x="40" y="60" width="150" height="240" fill="#d8e8cf" />
        <text x="115" y="185" textAnchor="middle" fontSize="16" fill="#2f4f2f">
          世纪公园
        </text>
        <g stroke="#ffffff" strokeWidth="26" strokeLinecap="square">
          <line x1="0" y1="40" x2="600" y2="40" />
          <line x1="0" y1="320" x2="600" y2="320" />
          <line x1="230" y1="0" x2="230" y2="360" />
          <line x1="470" y1="0" x2="470" y2="360" />
        </g>
        <g fontSize="15" fill="#333333">
          <text x="330" y="45">建国西路</text>
          <text x="330" y="325">长宁路</text>
          <text x="238" y="150" writingMode="tb">延安北路</text>
          <text x="478" y="150" writingMode="tb">北京南路</text>
        </g>
        <rect x="270" y="130" width="150" height="100" fill="#e9d2cf" stroke="#a4131b" strokeWidth="2" />
        <text x="345" y="175" textAnchor="middle" fontSize="15" fill="#7f0e14">
          州人民政府
        </text>
        <text x="345" y="198" textAnchor="middle" fontSize="13" fill="#7f0e14">
          延安北路 186 号
        </text>
        <circle cx="258" cy="180" r="9" fill="#a4131b" />
        <text x="560" y="85" textAnchor="middle" fontSize="14" fill="#333333">
          北 ↑
        </text>
      </svg>
      <figcaption className="mt-2 text-sm text-muted">
        位置示意图（非实际比例）。公交可乘坐至“州政府”站下车。
      </figcaption>
    </figure>
  );
}
