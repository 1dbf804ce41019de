// The labels live beside the services so screens and Word documents print the same words.
export * from '../../../../electron/api/clients/clientLabels';
