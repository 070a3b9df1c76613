/** The QR code (an SVG drawn on the server) and the same secret as text, for typing it in by hand. */
export function TotpEnrolment(props: { qrSvg: string; secret: string; qrAlt: string; secretLabel: string }) {
  const src = `data:image/svg+xml;base64,${Buffer.from(props.qrSvg).toString("base64")}`;
  return (
    <div className="inkoop-stack">
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL: Next's image pipeline adds nothing */}
      <img src={src} alt={props.qrAlt} width={220} height={220} style={{ background: "#fff", padding: 8 }} />
      <p className="utrecht-paragraph">
        {props.secretLabel}{" "}
        <code data-testid="totp-secret" data-secret={props.secret} style={{ fontSize: "1.1em" }}>
          {props.secret.match(/.{1,4}/g)?.join(" ")}
        </code>
      </p>
    </div>
  );
}
