import { MessagePage } from "@/components/layout/message-page";
import { t } from "@/lib/i18n";

export default function Forbidden() {
  return <MessagePage title={t("forbidden.title")} body={t("forbidden.body")} />;
}
