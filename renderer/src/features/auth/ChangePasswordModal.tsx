import { Modal } from '@mantine/core';
import { notifySuccess } from '../../components/notifySuccess';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const changed = () => {
    onClose();
    notifySuccess('Your password has been changed.');
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Change password">
      {/* Mounted only while open, so the fields start empty every time. */}
      {opened && <ChangePasswordForm onChanged={changed} />}
    </Modal>
  );
}
