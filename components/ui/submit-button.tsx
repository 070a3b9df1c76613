"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  variant = "primary",
}: {
  children: React.ReactNode;
  variant?: "primary" | "secondary";
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={`utrecht-button utrecht-button--${variant}-action${pending ? " utrecht-button--busy" : ""}`}
      aria-disabled={pending || undefined}
      disabled={pending}
    >
      {children}
    </button>
  );
}
