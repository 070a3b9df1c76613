import { MessagePage } from "@/components/layout/message-page";
import { t } from "@/lib/i18n";

export default function NotFound() {
  return <MessagePage title={t("notFound.title")} body={t("notFound.body")} />;
}
